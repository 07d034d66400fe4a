package org.minsheng.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.ResidentAccountView;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.domain.ResidentAccount;
import org.minsheng.identity.domain.ResidentRepository;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.security.Caller;

/**
 * The administrator's hold on residents' accounts: find them, deactivate (no more sign-ins; open
 * sessions end at their next request) and reactivate. Their cases stay as they are: a resident
 * follows those with the tracking number and query code, which need no account.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ResidentAccountService {

    public static final int PAGE = 50;

    @Inject
    Caller caller;

    @Inject
    ResidentRepository residents;

    @Inject
    AuditTrail audit;

    public List<ResidentAccountView> find(String text) {
        return residents.search(text, PAGE).stream().map(ResidentAccountService::view).toList();
    }

    public ResidentAccountView deactivate(String id) {
        ResidentAccount account = account(id);
        if (account.isActive()) {
            account.deactivate();
            audit.record(caller.name(), "account.deactivate", "resident", String.valueOf(account.id()), null);
        }
        return view(account);
    }

    public ResidentAccountView reactivate(String id) {
        ResidentAccount account = account(id);
        if (!account.isActive()) {
            account.reactivate();
            audit.record(caller.name(), "account.reactivate", "resident", String.valueOf(account.id()), null);
        }
        return view(account);
    }

    private ResidentAccount account(String id) {
        return (id != null && id.matches("\\d{1,18}") ? residents.byId(Long.parseLong(id)) : Optional.<ResidentAccount>empty())
                .orElseThrow(() -> new NotFound("没有该居民账号", "No such resident account"));
    }

    private static ResidentAccountView view(ResidentAccount a) {
        return new ResidentAccountView(a.id(), a.login(), a.displayName(), a.createdAt(), a.isActive());
    }
}
