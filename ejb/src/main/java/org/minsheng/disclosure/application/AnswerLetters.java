package org.minsheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.disclosure.domain.AnswerLetterPrinter;
import org.minsheng.disclosure.domain.AnswerType;
import org.minsheng.disclosure.domain.InformationRequest;

/** Writes the answer letter of an answered application: the answer, its legal ground, fee and remedies. */
@ApplicationScoped
public class AnswerLetters {

    @Inject
    AnswerLetterPrinter printer;

    public byte[] letter(InformationRequest r, String publisher) {
        List<String> p = new ArrayList<>();
        p.add(r.applicant().name() + "：");
        p.add("本机关于" + r.receivedOn() + "收到您（单位）提出的政府信息公开申请（编号" + r.number() + "），申请获取：“"
                + r.description() + "”。根据《中华人民共和国政府信息公开条例》的规定，现答复如下：");
        p.add(body(r));
        if (r.answer().text() != null && !r.answer().text().isBlank()) {
            p.add(r.answer().text());
        }
        p.add(r.feeYuan() == 0 ? "本申请不收取信息处理费。"
                : "根据《政府信息公开信息处理费管理办法》，本申请按件计收信息处理费" + r.feeYuan() + "元。");
        p.add("如对本答复不服，可以在收到本答复之日起60日内依法申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。");
        return printer.print(new AnswerLetterPrinter.Letter("政府信息公开申请答复书", r.number(), p,
                List.of(publisher, String.valueOf(r.answer().answeredOn()))));
    }

    private static String body(InformationRequest r) {
        AnswerType t = r.answer().type();
        return switch (t) {
            case ALREADY_PUBLIC -> "您申请获取的信息已经主动公开，您可以通过以下途径获取：" + r.answer().location() + "。";
            case PROVIDED -> "经审查，您申请获取的信息属于公开范围，现予以提供。";
            case PARTLY_PROVIDED -> "经审查，您申请获取的信息中部分内容" + r.answer().legalReason().labelZh()
                    + "，不予公开；其余部分予以提供。";
            case NOT_PROVIDED -> "经审查，您申请获取的信息" + r.answer().legalReason().labelZh() + "，决定不予公开。";
            case DOES_NOT_EXIST -> "经检索查找，本机关未制作、获取您申请的信息，该政府信息不存在。";
            case OTHER_BODY -> "您申请获取的信息不属于本机关负责公开，负责公开该信息的机关为：" + r.answer().otherBody() + "。";
            case REPEATED -> "您的申请属于重复申请，本机关已就相同内容作出过答复，不再重复处理。";
            case NOT_AN_INFORMATION_REQUEST -> "您的申请不属于政府信息公开申请，本机关不作为政府信息公开申请处理。";
        };
    }
}
