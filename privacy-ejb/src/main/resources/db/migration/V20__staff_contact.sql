-- Where a staff user is told about their account (a sign-in locked after too many attempts), and in which language.
ALTER TABLE staff_user ADD COLUMN email VARCHAR(320);
ALTER TABLE staff_user ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
