package org.minsheng.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR, exactly as built by the ear module, for black-box tests. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive minshengEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("it.ear")));
    }
}
