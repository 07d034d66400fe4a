package org.minsheng.identity.domain;

import java.util.Optional;

public interface ResidentRepository {

    Optional<ResidentAccount> byLogin(String login);

    Optional<ResidentAccount> byId(long id);

    void add(ResidentAccount account);
}
