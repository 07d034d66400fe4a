package org.minsheng.nlp.domain;

import java.util.List;

/** Safety hazards that make a case urgent, each with the phrases that reveal it. */
public enum UrgencyHazard {
    GAS_LEAK("燃气泄漏", List.of("燃气泄漏", "煤气泄漏", "天然气泄漏", "液化气泄漏", "燃气管道泄漏", "燃气管泄漏",
            "天然气管道泄漏", "煤气管道泄漏", "燃气管道破裂", "燃气管破裂",
            "闻到煤气", "闻到燃气", "闻到天然气", "煤气味", "燃气味", "天然气味", "漏气")),
    FIRE("火灾", List.of("火灾", "着火", "起火", "失火", "火情", "烧起来", "冒烟", "火苗")),
    EXPLOSION("爆炸", List.of("爆炸", "爆燃")),
    COLLAPSE("坍塌", List.of("坍塌", "倒塌", "塌陷", "垮塌", "塌方", "山体滑坡", "地陷")),
    ELECTROCUTION("触电", List.of("触电", "漏电", "电线裸露", "裸露的电线", "电线掉落", "电线断落", "高压线断",
            "高压线掉")),
    FLOODING("内涝", List.of("内涝", "被淹", "淹水", "水淹", "积水严重", "倒灌", "决堤", "溃堤", "管涌")),
    DANGEROUS_BUILDING("危房", List.of("危房", "墙体开裂", "房屋开裂", "楼体开裂", "承重墙裂", "随时可能倒")),
    FALLING_OBJECTS("高空坠物", List.of("高空坠物", "高空抛物", "外墙脱落", "瓷砖脱落", "墙皮脱落", "玻璃掉落",
            "广告牌掉落", "招牌掉落")),
    OPEN_MANHOLE("井盖缺失", List.of("井盖缺失", "井盖丢失", "井盖破损", "没有井盖", "井盖被偷", "井盖塌")),
    POISONING("中毒", List.of("中毒"));

    private final String label;
    private final List<String> phrases;

    UrgencyHazard(String label, List<String> phrases) {
        this.label = label;
        this.phrases = phrases;
    }

    public String label() {
        return label;
    }

    public List<String> phrases() {
        return phrases;
    }
}
