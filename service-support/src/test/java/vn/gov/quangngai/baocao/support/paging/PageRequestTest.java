package vn.gov.quangngai.baocao.support.paging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void everyPageThatPassesHasAnExactOffsetForItsLastRowToo() {
        PageRequest last = new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);
        assertThat(VALIDATOR.validate(last)).isEmpty();
        assertThat((long) last.offset() + last.size()).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat(last.offset()).isEqualTo((long) PageRequest.MAX_PAGE * PageRequest.MAX_SIZE);
    }

    @Test
    void aPageWhoseOffsetWouldWrapRoundIsRefused() {
        assertThat(VALIDATOR.validate(new PageRequest(PageRequest.MAX_PAGE + 1, 50))).extracting(v -> v.getPropertyPath().toString()).containsExactly("page");
        assertThat(VALIDATOR.validate(new PageRequest(99_999_999, 50))).hasSize(1);
        assertThat(VALIDATOR.validate(new PageRequest(Integer.MAX_VALUE, 1))).hasSize(1);
    }
}
