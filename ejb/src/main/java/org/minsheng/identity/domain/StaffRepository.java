package org.minsheng.identity.domain;

import java.util.Optional;

public interface StaffRepository {

    Optional<StaffAccount> byUsername(String username);

    long count();

    void add(StaffAccount account);
}
