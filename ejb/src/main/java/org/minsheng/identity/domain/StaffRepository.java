package org.minsheng.identity.domain;

import java.util.List;
import java.util.Optional;

public interface StaffRepository {

    Optional<StaffAccount> byUsername(String username);

    long count();

    List<StaffAccount> allActive();

    void add(StaffAccount account);
}
