package org.minsheng.open311.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.minsheng.open311.api.ServiceView;
import org.minsheng.open311.domain.ServiceType;

/** The Open311 services (the case categories) for anyone. */
@Stateless
@PermitAll
public class ServiceCatalogue {

    public List<ServiceView> services() {
        return Arrays.stream(ServiceType.values()).map(ServiceCatalogue::view).toList();
    }

    public Optional<ServiceView> service(String code) {
        return ServiceType.byCode(code).map(ServiceCatalogue::view);
    }

    /** The service code of a case category; empty for a case not yet categorised. */
    public Optional<String> codeOf(String category) {
        return ServiceType.byCategory(category).map(ServiceType::code);
    }

    private static ServiceView view(ServiceType s) {
        return new ServiceView(s.code(), s.category(), s.labelZh(), s.labelEn());
    }
}
