package org.sanhe.dispatch.runtime.publish;

/** What a subscriber receives: a published command, or word that it missed some. */
public sealed interface Delivery permits Published, Missed {
}
