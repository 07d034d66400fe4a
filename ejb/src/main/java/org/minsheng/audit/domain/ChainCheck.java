package org.minsheng.audit.domain;

/** Walks the stored chain in sequence order, holding its head so that no sealer extends it meanwhile. */
public interface ChainCheck {

    ChainReport verify();
}
