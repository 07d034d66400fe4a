package org.minsheng.nlp.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.minsheng.nlp.domain.LabelledText;

/** Small fixed training sets and the location of the shared real-message data. */
public final class ClassifierTestData {

    private ClassifierTestData() {
    }

    /** A tiny three-class set, pre-segmented so that no dictionary is involved. */
    public static List<LabelledText> tiny() {
        return List.of(
                new LabelledText("交通运输", "公交 车 班次 太少 等车 时间 长"),
                new LabelledText("交通运输", "公交 站台 拆除 乘客 等车 不便"),
                new LabelledText("交通运输", "出租车 拒载 公交 线路 调整"),
                new LabelledText("交通运输", "道路 坑洼 公交 绕行 拥堵"),
                new LabelledText("环境保护", "工厂 废气 排放 气味 刺鼻"),
                new LabelledText("环境保护", "河道 污水 排放 死鱼 发臭"),
                new LabelledText("环境保护", "工地 粉尘 噪音 污染 扰民"),
                new LabelledText("环境保护", "养殖场 粪污 排放 污染 河道"),
                new LabelledText("卫生计生", "医院 医生 态度 差 挂号 难"),
                new LabelledText("卫生计生", "卫生院 医生 看病 药品 短缺"),
                new LabelledText("卫生计生", "医院 收费 检查 项目 不明"),
                new LabelledText("卫生计生", "生育 登记 医院 出生 证明"));
    }

    /**
     * The shared TipDM Cup 2020 messages, looked up next to the repository
     * ({@code <repo>/../shared/data/teddycup2020}) from the repository root or a module directory.
     */
    public static Optional<Path> sharedDataDirectory() {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path base = cwd; base != null; base = base.getParent()) {
            Path candidate = base.resolveSibling("shared").resolve("data").resolve("teddycup2020");
            if (base.resolve("pom.xml").toFile().isFile() && Files.isDirectory(candidate)
                    && Files.isRegularFile(candidate.resolve("classify-train.tsv"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
