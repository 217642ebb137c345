package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.alert.Alert;

/** A CAP message was received for the first time: the alert as it stands (active, or recorded without effect). */
public record AlertReceived(Alert alert) implements Event {
}
