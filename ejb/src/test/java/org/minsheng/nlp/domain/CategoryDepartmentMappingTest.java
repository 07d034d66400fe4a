package org.minsheng.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CategoryDepartmentMappingTest {

    @Test
    void mapsCategoriesAndFallsBackForUnknownOnes() throws Exception {
        CategoryDepartmentMapping m = CategoryDepartmentMapping.parse(new StringReader("""
                # comment
                城乡建设\t市住房和城乡建设局

                环境保护\t市生态环境局
                *\t市数据资源局 (电子政务办)
                """));

        assertThat(m.departmentFor("城乡建设")).contains("市住房和城乡建设局");
        assertThat(m.departmentFor("环境保护")).contains("市生态环境局");
        assertThat(m.departmentFor("农村农业")).contains("市数据资源局 (电子政务办)");
        assertThat(m.departments()).hasSize(2);
    }

    @Test
    void withoutFallbackUnknownCategoriesHaveNoDepartment() throws Exception {
        CategoryDepartmentMapping m = CategoryDepartmentMapping.parse(new StringReader("交通运输\t市交通运输局\n"));

        assertThat(m.departmentFor("卫生计生")).isEmpty();
    }

    @Test
    void rejectsMalformedAndDuplicateLines() {
        assertThatThrownBy(() -> CategoryDepartmentMapping.parse(new StringReader("交通运输 市交通运输局\n")))
                .isInstanceOf(ClassifierDataException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> CategoryDepartmentMapping.parse(new StringReader("a\tb\na\tc\n")))
                .isInstanceOf(ClassifierDataException.class).hasMessageContaining("duplicate");
    }
}
