package org.minsheng.digest.domain;

import java.util.List;
import java.util.Set;

/**
 * The words that say what a message is about: its keywords without the words every petition uses
 * (greetings, "problem", "residents", "department" …), without place names (the places are kept
 * apart) and without the pseudonymised place codes of published data ("A市", "A3区").
 */
public final class TopicWords {

    private static final Set<String> COMMON = Set.of(
            "问题", "领导", "您好", "你好", "尊敬", "希望", "政府", "相关", "部门", "反映", "情况", "解决", "市民",
            "请问", "现在", "没有", "我们", "进行", "要求", "已经", "工作", "百姓", "有关", "存在", "严重", "影响",
            "小区", "居民", "业主", "群众", "老百姓", "社区", "街道", "单位", "地方", "时间", "目前", "相关部门",
            "谢谢", "感谢", "市长", "书记", "局长", "希望政府", "给予", "处理", "回复", "留言", "一下", "能否",
            "是否", "可以", "什么", "怎么", "为什么", "这个", "那个", "一个", "很多", "大家", "非常", "今年",
            "去年", "每天", "一直", "情况下", "有限公司", "公司", "项目", "咨询", "建议", "投诉", "举报", "关于",
            "市", "区", "县", "镇", "村", "路", "号", "年", "月", "日", "常德", "常德市");

    /** Words that make a place name a phrase ("影响小区", "楼盘小区"), not a name. */
    private static final List<String> NOT_A_NAME = List.of("影响", "楼盘", "我们", "该", "本", "此", "附近", "周边", "整个",
            "严重", "很多", "部分", "以及", "还有", "导致", "造成", "所在", "位于", "关于");

    private TopicWords() {
    }

    /** Whether an extracted estate, road or township is a name rather than a phrase around a suffix. */
    public static boolean isSpecificPlace(String name) {
        return name.length() >= 3 && NOT_A_NAME.stream().noneMatch(name::startsWith);
    }

    public static List<String> of(List<String> keywords, List<String> placeNames) {
        return keywords.stream()
                .map(String::strip)
                .filter(w -> w.length() >= 2 && !COMMON.contains(w))
                .filter(w -> !w.matches(".*[A-Za-z0-9].*"))
                .filter(w -> placeNames.stream().noneMatch(p -> p.contains(w) || w.contains(p)))
                .distinct()
                .toList();
    }
}
