package org.privacyrights.web.config.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff authenticated against a directory: binds as the user's DN, then maps the groups the user is a member of to
 * roles. Active when {@code privacy.auth.store=ldap}.
 */
@ApplicationScoped
public class LdapIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(LdapIdentityStore.class.getName());

    @Inject
    @ConfigProperty(name = "privacy.auth.store", defaultValue = "database")
    String store;

    @Inject
    @ConfigProperty(name = "privacy.auth.ldap.url", defaultValue = "ldap://localhost:389")
    String url;

    /** {@code {0}} is replaced by the escaped user name, e.g. {@code uid={0},ou=people,dc=example,dc=org}. */
    @Inject
    @ConfigProperty(name = "privacy.auth.ldap.user-dn-pattern", defaultValue = "uid={0},ou=people,dc=example,dc=org")
    String userDnPattern;

    @Inject
    @ConfigProperty(name = "privacy.auth.ldap.group-base", defaultValue = "ou=groups,dc=example,dc=org")
    String groupBase;

    /** Group common names to roles, e.g. {@code privacy-dpo=DPO,privacy-admins=ADMIN}. */
    @Inject
    @ConfigProperty(name = "privacy.auth.ldap.role-mapping", defaultValue = " ")
    String roleMapping;

    @Inject
    @ConfigProperty(name = "privacy.auth.ldap.timeout-millis", defaultValue = "5000")
    int timeoutMillis;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String dn = LdapNames.userDn(userDnPattern, credential.getCaller());
        DirContext context = null;
        try {
            context = new InitialDirContext(environment(dn, credential.getPasswordAsString()));
            return new CredentialValidationResult(credential.getCaller(), rolesOf(context, dn));
        } catch (AuthenticationException e) {
            return CredentialValidationResult.INVALID_RESULT;
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "Directory " + url + " did not answer a login", e);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        } finally {
            close(context);
        }
    }

    private Set<String> rolesOf(DirContext context, String userDn) throws NamingException {
        Map<String, String> mapping = LdapNames.parseRoleMapping(roleMapping);
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {"cn"});
        controls.setTimeLimit(timeoutMillis);
        Set<String> roles = new HashSet<>();
        NamingEnumeration<SearchResult> groups =
                context.search(groupBase, "(|(member={0})(uniqueMember={0}))", new Object[] {userDn}, controls);
        try {
            while (groups.hasMore()) {
                Attribute cn = groups.next().getAttributes().get("cn");
                if (cn != null && mapping.containsKey(String.valueOf(cn.get()))) {
                    roles.add(mapping.get(String.valueOf(cn.get())));
                }
            }
        } finally {
            groups.close();
        }
        return roles;
    }

    private Hashtable<String, String> environment(String dn, String password) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, url);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, dn);
        // An empty password would be an anonymous bind, which "succeeds" without proving anything.
        env.put(Context.SECURITY_CREDENTIALS, password.isEmpty() ? "\0" : password);
        env.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(timeoutMillis));
        env.put("com.sun.jndi.ldap.read.timeout", String.valueOf(timeoutMillis));
        return env;
    }

    private static void close(DirContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException e) {
                LOG.log(Level.FINE, "Closing a directory connection failed", e);
            }
        }
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return "ldap".equalsIgnoreCase(store.trim())
                ? EnumSet.allOf(ValidationType.class)
                : EnumSet.noneOf(ValidationType.class);
    }
}
