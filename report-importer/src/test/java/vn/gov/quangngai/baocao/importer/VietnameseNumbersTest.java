package vn.gov.quangngai.baocao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Vietnamese number forms read as values, and numbers that name something else left alone. */
class VietnameseNumbersTest {

    /** The quantities of the text, as plain numbers. */
    private static List<String> all(String text) {
        List<VietnameseText.Token> tokens = VietnameseText.tokens(text);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<VietnameseNumbers.Read> read = VietnameseNumbers.at(tokens, i);
            if (read.isPresent()) {
                values.add(read.get().value().toPlainString());
                i = read.get().end() - 1;
            }
        }
        return values;
    }

    @Test
    void digitsWithThousandsPointsAndDecimalCommasAreRead() {
        assertThat(all("có 01 mô hình")).containsExactly("1");
        assertThat(all("tiếp nhận 1.736 hồ sơ")).containsExactly("1736");
        assertThat(all("cho 196.878 khẩu")).containsExactly("196878");
        assertThat(all("đạt 99,75%")).containsExactly("99.75");
    }

    @Test
    void scaleWordsMultiplyAndAddUp() {
        assertThat(all("bố trí 215,4 tỷ đồng")).containsExactly("215400000000");
        assertThat(all("hơn 9 tỷ đồng")).containsExactly("9000000000");
        assertThat(all("hơn 2 nghìn lượt")).containsExactly("2000");
        assertThat(all("gần 1,2 ngàn hồ sơ")).containsExactly("1200");
        assertThat(all("1 tỷ 250 triệu đồng")).containsExactly("1250000000");
    }

    @Test
    void numbersWrittenInWordsAreReadBeforeANoun() {
        assertThat(all("tổ chức hai cuộc đối thoại")).containsExactly("2");
        assertThat(all("tiếp mười hai lượt định kỳ")).containsExactly("12");
        assertThat(all("và năm lượt đột xuất")).containsExactly("5");
        assertThat(all("hai mươi lăm hộ")).containsExactly("25");
    }

    @Test
    void datesReferencesRangesYearsAndCodesAreNotQuantities() {
        assertThat(all("ngày 04/3/2021")).isEmpty();
        assertThat(all("Kế hoạch số 150/KH-BDT")).isEmpty();
        assertThat(all("giai đoạn 2021-2025")).isEmpty();
        assertThat(all("trong năm 2021")).isEmpty();
        assertThat(all("phòng, chống Covid-19")).isEmpty();
        assertThat(all("thông điệp 5K")).isEmpty();
        assertThat(all("dịch vụ công mức độ 3, 4")).isEmpty();
        assertThat(all("đã giải quyết 21/21 đơn")).isEmpty();
        assertThat(all("từ 10 đến 15 lượt")).containsExactly("10");
    }

    @Test
    void wordsThatLookLikeNumbersAreNotReadAsNumbers() {
        assertThat(all("một số hoạt động")).isEmpty();
        assertThat(all("huyện Ba Tơ")).isEmpty();
        assertThat(all("vào thứ Năm hằng tuần")).isEmpty();
        assertThat(all("12 kỳ/năm với")).containsExactly("12");
        assertThat(all("kỳ/năm với 31 lượt")).containsExactly("31");
    }

    @Test
    void aChangeIsNotAValueButWhatWasCutIs() {
        assertThat(all("tăng 5 lượt so với năm trước")).isEmpty();
        assertThat(all("thành lập thêm 3 tổ")).isEmpty();
        assertThat(all("đã cắt giảm 04 thủ tục")).containsExactly("4");
    }

    @Test
    void foldingAndSyllableKeysIgnoreNormalFormAndTonePlacementOnly() {
        assertThat(VietnameseText.fold("Hoà")).isEqualTo(VietnameseText.fold("Hòa")).isEqualTo("hoa");
        assertThat(VietnameseText.key("hoà")).isEqualTo(VietnameseText.key("hòa"));
        assertThat(VietnameseText.key("hộ")).isNotEqualTo(VietnameseText.key("hồ")).isNotEqualTo(VietnameseText.key("họ"));
    }
}
