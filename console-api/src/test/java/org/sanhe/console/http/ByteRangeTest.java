package org.sanhe.console.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void oneRangeIsClippedToTheRepresentation() {
        assertThat(ByteRange.parse("bytes=0-99", 1000)).isEqualTo(new ByteRange(0, 99));
        assertThat(ByteRange.parse("BYTES= 10-", 1000)).isEqualTo(new ByteRange(10, 999));
        assertThat(ByteRange.parse("bytes=-100", 1000)).isEqualTo(new ByteRange(900, 999));
        assertThat(ByteRange.parse("bytes=-5000", 1000)).isEqualTo(new ByteRange(0, 999));
        assertThat(ByteRange.parse("bytes=990-5000", 1000)).isEqualTo(new ByteRange(990, 999));
        assertThat(ByteRange.parse("bytes=5-5", 1000).length()).isEqualTo(1);
        assertThat(new ByteRange(100, 199).contentRange(1000)).isEqualTo("bytes 100-199/1000");
    }

    @Test
    void absentMalformedOrSeveralRangesMeanTheWholeRepresentation() {
        for (String header : new String[] {null, "", "items=0-1", "bytes=", "bytes=-", "bytes=a-b", "bytes=+1-2",
            "bytes=9-2", "bytes=0-1,4-5", "bytes=1"}) {
            assertThat(ByteRange.parse(header, 1000)).as(header).isNull();
        }
    }

    @Test
    void aRangeStartingAtOrBeyondTheEndCannotBeSatisfied() {
        assertThatThrownBy(() -> ByteRange.parse("bytes=1000-", 1000)).isInstanceOf(ByteRange.Unsatisfiable.class)
                .extracting(e -> ((ByteRange.Unsatisfiable) e).size()).isEqualTo(1000L);
        assertThatThrownBy(() -> ByteRange.parse("bytes=-0", 1000)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThatThrownBy(() -> ByteRange.parse("bytes=0-", 0)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThatThrownBy(() -> ByteRange.parse("bytes=99999999999999999999-", 1000))
                .isInstanceOf(ByteRange.Unsatisfiable.class);
    }
}
