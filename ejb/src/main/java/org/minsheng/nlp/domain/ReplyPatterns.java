package org.minsheng.nlp.domain;

import java.util.List;
import java.util.regex.Pattern;

/** The word patterns the reply-quality check looks for, kept together so docs/nlp.md can cite them. */
final class ReplyPatterns {

    /** Greetings, acknowledgements and closings that every reply has: they say nothing about the case. */
    static final List<Pattern> BOILERPLATE = List.of(
            Pattern.compile("(网友|市民|尊敬的)?[“\"「]?[^，,。：:！!”\"」]{0,30}[”\"」]?[：:，,]?\\s*您好[！!，,。]?"),
            Pattern.compile("您好[！!，,。]?"),
            Pattern.compile("您[于在]?[^。！!]{0,60}(留言|来信|反映)[^。！!]{0,20}(已收悉|收悉)[。，,！!]?"),
            Pattern.compile("[^。！!，,]{0,20}(高度重视|十分重视|非常重视)[，,。！!]?"),
            Pattern.compile("现[将就]?[^。！!：:]{0,30}(回复|答复)如下[：:。]?"),
            Pattern.compile("(感谢|谢谢)[^。！!]{0,40}(关心|关注|支持|理解|监督|信任|来信|反映)[^。！!]{0,20}[。！!]?"),
            Pattern.compile("如[有还]?[有存]?(疑问|问题|异议|不明)[^。！!]{0,60}[。！!]?"),
            Pattern.compile("欢迎[^。！!]{0,40}[。！!]?"),
            Pattern.compile("(特此|此致)(回复|答复|函复)?[。！!]?"),
            Pattern.compile("谢谢[！!。]?"),
            Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日\\s*$"));

    /** A time, date or deadline. */
    static final Pattern TIME = Pattern.compile(
            "\\d{4}年|\\d{1,2}月\\d{0,2}日?|\\d+个?(工作日|天|日|周|星期|月|年)[内前后]|[一二三四五六七八九十两]+个?(工作日|天|日|周|星期|月|年)[内前后]"
                    + "|近日|近期|目前|日前|本月|本周|下周|下月|年底|月底|年内|年前|上半年|下半年|即日起|今年|明年|截至|之前|以前|尽快");

    /** A concrete action someone took or will take. */
    static final Pattern ACTION = Pattern.compile(
            "整改|清理|清运|维修|修复|修缮|拆除|查处|处罚|罚款|责令|督促|安排|协调|落实|核实|调查|检查|巡查|排查|整治|约谈"
                    + "|立案|回访|发放|补贴|制定|推进|施工|建设|恢复|部署|更换|疏通|铺设|安装|停工|关停|取缔|执法|规划|改造"
                    + "|纳入|启动|完成|已经|组织|召开|下发|办理|审批|处置|退还|赔偿|答复了|告知");

    /** A named unit: a bureau, office, street office, community, company … */
    static final Pattern UNIT = Pattern.compile(
            "[\\p{IsHan}A-Za-z0-9]{1,14}?(委员会|办公室|办事处|管理处|管理局|管理站|服务中心|中心|分局|支队|大队|中队|派出所"
                    + "|居委会|村委会|社区|街道|公司|集团|医院|学校|政府|局|委|办|所|站)|我[局委办厅处院司]|本[局委办单位]|我单位|我部门");

    /** Digits outside a date: a figure, an amount, a house number. */
    static final Pattern FIGURE = Pattern.compile("\\d");

    private ReplyPatterns() {
    }

    /** The reply with its boilerplate removed. */
    static String withoutBoilerplate(String reply) {
        String rest = reply;
        for (Pattern p : BOILERPLATE) {
            rest = p.matcher(rest).replaceAll("");
        }
        return rest.replaceAll("[\\s　]+", "");
    }
}
