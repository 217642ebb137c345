package org.sanhe.console.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.sanhe.console.core.Rejections;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.runtime.sequencer.JournalWriteException;

class FailuresTest {

    @Test
    void aJournalThatCannotBeWrittenIs503() {
        ApiError e = Failures.toApiError(new CompletionException(new JournalWriteException("disk full", null)));
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.code()).isEqualTo("JOURNAL_UNAVAILABLE");
    }

    @Test
    void aStoppedCoreIs503AndBrokenCommandRecordsAre400() {
        assertThat(Failures.toApiError(new IllegalStateException("the sequencer is not running")).status())
                .isEqualTo(503);
        assertThat(Failures.toApiError(new CompletionException(new IllegalArgumentException("x"))).status())
                .isEqualTo(400);
    }

    @Test
    void everyRejectReasonHasAClientStatus() {
        for (RejectReason reason : RejectReason.values()) {
            assertThat(Rejections.status(reason)).as(reason.name()).isBetween(400, 499);
        }
        assertThat(Rejections.status(RejectReason.UNKNOWN_UNIT)).isEqualTo(404);
        assertThat(Rejections.status(RejectReason.UNIT_NOT_AVAILABLE)).isEqualTo(409);
        assertThat(Rejections.status(RejectReason.INVALID_TRANSITION)).isEqualTo(409);
        assertThat(Rejections.status(RejectReason.INVALID_PRIORITY)).isEqualTo(400);
    }
}
