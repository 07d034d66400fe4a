package org.minsheng.web.platform.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.minsheng.identity.api.StaffDirectory;

/** Checks staff credentials against the accounts in the database; roles become the caller's groups. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    StaffDirectory staff;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return staff.authenticate(up.getCaller(), up.getPassword().getValue())
                .map(p -> new CredentialValidationResult(p.username(), p.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
