-- Articles of the subject portal's help, written by staff, one row per language of an article.
-- The seeded rows have ids below the first block the application allocates (951 to 1000).
CREATE SEQUENCE kb_article_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE kb_article (
    id          BIGINT PRIMARY KEY,
    slug        VARCHAR(60) NOT NULL,
    language    VARCHAR(8) NOT NULL,
    title       VARCHAR(200) NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    published   BOOLEAN NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    version     BIGINT NOT NULL,
    CONSTRAINT uq_kb_article UNIQUE (slug, language)
);
INSERT INTO kb_article (id, slug, language, title, body, published, updated_at, updated_by, version) VALUES
 (1, 'proving-who-you-are', 'en', 'Why we ask you to prove your address',
  'We only ever send your data to you. So before we do anything, we send a six-digit code to the email address you gave us. Type it in, or open the link in that mail.

If someone else asks for your data with your address, they never see the code, and nothing happens.

If you have more addresses or a customer number with us, you can add them to your request: each one gets its own code, sent to that address or to the address we have on file.',
  TRUE, CURRENT_TIMESTAMP, 'platform', 0),
 (2, 'proving-who-you-are', 'de', 'Warum Sie Ihre Adresse bestätigen',
  'Wir senden Ihre Daten nur an Sie. Bevor wir etwas tun, senden wir deshalb einen sechsstelligen Code an die angegebene E-Mail-Adresse. Geben Sie ihn ein oder öffnen Sie den Link in dieser Mail.

Fragt jemand anderes mit Ihrer Adresse nach Ihren Daten, sieht er den Code nie, und es geschieht nichts.

Haben Sie weitere Adressen oder eine Kundennummer bei uns, können Sie diese Ihrer Anfrage hinzufügen: jede erhält einen eigenen Code, an diese Adresse oder an die bei uns hinterlegte.',
  TRUE, CURRENT_TIMESTAMP, 'platform', 0),
 (3, 'what-is-in-the-download', 'en', 'What is in your download',
  'Your download is one ZIP file. It holds:

summary.pdf and summary.html: what we keep about you, why, for how long, who receives it and where it came from, in plain words.

manifest.json: a list of every file with its size and checksum, and every record we found, system by system.

One folder per system: your emails as .eml files and one .mbox file you can open in most mail programs, contacts as .vcf, calendars as .ics, and help-desk conversations as .json and .csv.',
  TRUE, CURRENT_TIMESTAMP, 'platform', 0),
 (4, 'what-is-in-the-download', 'de', 'Was Ihr Download enthält',
  'Ihr Download ist eine ZIP-Datei. Sie enthält:

summary.pdf und summary.html: was wir über Sie speichern, warum, wie lange, wer es erhält und woher es stammt, in einfachen Worten.

manifest.json: eine Liste aller Dateien mit Größe und Prüfsumme und aller gefundenen Einträge, System für System.

Einen Ordner je System: Ihre E-Mails als .eml-Dateien und eine .mbox-Datei, die die meisten Mailprogramme öffnen, Kontakte als .vcf, Kalender als .ics und Support-Gespräche als .json und .csv.',
  TRUE, CURRENT_TIMESTAMP, 'platform', 0);
