package org.ecosite.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Unmasked numbers of a person are found where they start; figures of reports and masked numbers are not. */
class PersonalDataTest {

    private static List<String> found(String text) {
        return PersonalData.find(text).stream().map(f -> f.kind() + "@" + f.start() + ":" + f.text()).toList();
    }

    @Test
    void findsIdentityMobileAndCardNumbers() {
        assertEquals(List.of("IDENTITY@4:11010519491231002X"), found("身份证号11010519491231002X。"));
        assertEquals(List.of("MOBILE@3:13800138000", "MOBILE@18:139-1234-5678", "MOBILE@35:+86 137 0000 1111"),
                found("手机：13800138000，或者 139-1234-5678，或者 +86 137 0000 1111。"));
        assertEquals(List.of("BANK_CARD@2:6222600260001072444", "BANK_CARD@26:4111 1111 1111 1111"),
                found("卡号6222600260001072444，信用卡 4111 1111 1111 1111。"));
    }

    @Test
    void leavesMaskedNumbersAndReportFiguresAlone() {
        assertEquals(List.of(), found("身份证号 110***********1234，手机 138****0000，卡号 6222***********1234"));
        assertEquals(List.of(), found("索引号 11500242MB0000000X/2024-00012，文号 渝环发〔2024〕12号"));
        assertEquals(List.of(), found("罚款 12.5 万元，2024年1—5月，20240605，电话 023-00000000，PM2.5 为 35"));
        assertEquals(List.of(), found("投资 13800000000.5 元"), "a decimal amount is no phone number");
        // Only with the right check character: a random 18-digit figure is no identity number.
        assertEquals(List.of(), found("编号 110105194912310021 的设备"));
        // A valid 统一社会信用代码 of digits alone is left to its own check.
        assertEquals(List.of(), found("统一社会信用代码 914403001922038216"));
        assertTrue(found("长度 16 位而 Luhn 不通过 4111111111111112").isEmpty());
    }
}
