package org.minsheng.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskerTest {

    @Test
    void masksMobileNumbersKeepingFirstThreeAndLastFour() {
        assertThat(PersonalDataMasker.mask("我的电话13812341234，请回电")).isEqualTo("我的电话138****1234，请回电");
        assertThat(PersonalDataMasker.mask("联系方式：199-0736-5678")).isEqualTo("联系方式：199-****-5678");
        assertThat(PersonalDataMasker.mask("tel:15907361234")).isEqualTo("tel:159****1234");
    }

    @Test
    void masksValidIdCardBirthDateAndSequence() {
        assertThat(PersonalDataMasker.mask("身份证号430702199003071237，")).isEqualTo("身份证号430702***********7，");
        assertThat(PersonalDataMasker.mask("证件43070319851112005x")).isEqualTo("证件430703***********x");
    }

    @Test
    void leavesIdCardLookalikesWithWrongChecksum() {
        assertThat(PersonalDataMasker.isValidIdCard("430702199003071238")).isFalse();
        assertThat(PersonalDataMasker.mask("订单号430702199003071238")).isEqualTo("订单号430702199003071238");
    }

    @Test
    void masksPlatesInAllCommonForms() {
        assertThat(PersonalDataMasker.mask("车牌湘J·12345违停")).isEqualTo("车牌湘J·1***5违停");
        assertThat(PersonalDataMasker.mask("车牌湘J12345违停")).isEqualTo("车牌湘J1***5违停");
        assertThat(PersonalDataMasker.mask("新能源车湘JD12345")).isEqualTo("新能源车湘JD****5");
        assertThat(PersonalDataMasker.mask("粤B12345F在小区")).isEqualTo("粤B1****F在小区");
    }

    @Test
    void masksEmailAndLandline() {
        assertThat(PersonalDataMasker.mask("邮箱zhang.san@example.com。")).isEqualTo("邮箱z***@example.com。");
        assertThat(PersonalDataMasker.mask("座机0736-7788123")).isEqualTo("座机0736-*****23");
    }

    @Test
    void leavesOrdinaryNumbersAlone() {
        String text = "2019年12月31日我在武陵区缴费1380元，受理编号MS20261130-0001，面积120.5平方米，"
                + "合同号20190307123456，金额13800000.00元，新UI设计稿，G319国道3号线，A3区";
        assertThat(PersonalDataMasker.mask(text)).isEqualTo(text);
        assertThat(PersonalDataMasker.mask("日期2019-12-31 10:30")).isEqualTo("日期2019-12-31 10:30");
    }

    @Test
    void keepsNullAndEmpty() {
        assertThat(PersonalDataMasker.mask(null)).isNull();
        assertThat(PersonalDataMasker.mask("")).isEmpty();
    }
}
