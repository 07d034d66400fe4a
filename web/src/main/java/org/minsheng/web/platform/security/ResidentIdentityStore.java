package org.minsheng.web.platform.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.minsheng.identity.api.ResidentDirectory;
import org.minsheng.identity.api.ResidentPrincipal;

/**
 * Checks residents' credentials (an e-mail address or mobile number and a password). Staff user
 * names are neither, so the two stores never answer for the same login.
 */
@ApplicationScoped
public class ResidentIdentityStore implements IdentityStore {

    @EJB
    ResidentDirectory residents;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return residents.authenticate(up.getCaller(), up.getPassword().getValue())
                .map(p -> new CredentialValidationResult(p.name(), Set.of(ResidentPrincipal.ROLE)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public int priority() {
        return 200;
    }
}
