package org.minsheng.intake.domain;

import org.minsheng.shared.error.UnsupportedType;

/** The bilingual reasons for refusing a file, in one place so they read alike. */
final class Refusal {

    private static final String ACCEPTED_ZH = "只接受 JPEG、PNG 图片和 PDF 文件";
    private static final String ACCEPTED_EN = "Only JPEG or PNG images and PDF files are accepted";

    private Refusal() {
    }

    static UnsupportedType notAccepted(String whatZh, String whatEn) {
        return new UnsupportedType(ACCEPTED_ZH + "（收到的是" + whatZh + "）", ACCEPTED_EN + " (this is " + whatEn + ")");
    }

    static UnsupportedType damaged(AttachmentType type, String whyZh, String whyEn) {
        return new UnsupportedType(type.labelZh() + "已损坏或不完整：" + whyZh,
                "The " + type.labelEn() + " is damaged or incomplete: " + whyEn);
    }

    static UnsupportedType trailingData(AttachmentType type) {
        return new UnsupportedType(type.labelZh() + "结尾之后还附带了其他数据，不予接受",
                "The " + type.labelEn() + " carries other data after its end and is not accepted");
    }

    static UnsupportedType refused(String whyZh, String whyEn) {
        return new UnsupportedType(whyZh, whyEn);
    }
}
