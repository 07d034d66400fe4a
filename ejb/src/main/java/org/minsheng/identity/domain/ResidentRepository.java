package org.minsheng.identity.domain;

import java.util.List;
import java.util.Optional;

public interface ResidentRepository {

    Optional<ResidentAccount> byLogin(String login);

    Optional<ResidentAccount> byId(long id);

    void add(ResidentAccount account);

    /** Accounts whose login or name contains the text (all when blank), newest first, at most {@code limit}. */
    List<ResidentAccount> search(String text, int limit);
}
