package org.sala.support;

import com.tngtech.archunit.base.DescribedPredicate;
import java.util.Locale;
import java.util.Set;

/** The event handler content attributes of HTML and SVG ({@code onclick}, {@code onerror}, …). */
public final class EventHandlerAttributes {

    private static final Set<String> EVENTS = Set.of(
            "abort", "afterprint", "animationcancel", "animationend", "animationiteration", "animationstart",
            "auxclick", "beforecopy", "beforecut", "beforeinput", "beforematch", "beforepaste", "beforeprint",
            "beforetoggle", "beforeunload", "begin", "blur", "cancel", "canplay", "canplaythrough", "change",
            "click", "close", "contextlost", "contextmenu", "contextrestored", "copy", "cuechange", "cut",
            "dblclick", "drag", "dragend", "dragenter", "dragexit", "dragleave", "dragover", "dragstart", "drop",
            "durationchange", "emptied", "end", "ended", "error", "focus", "focusin", "focusout", "formdata",
            "fullscreenchange", "fullscreenerror", "gotpointercapture", "hashchange", "input", "invalid",
            "keydown", "keypress", "keyup", "languagechange", "load", "loadeddata", "loadedmetadata", "loadend",
            "loadstart", "lostpointercapture", "message", "messageerror", "mousedown", "mouseenter",
            "mouseleave", "mousemove", "mouseout", "mouseover", "mouseup", "mousewheel", "offline", "online",
            "pagehide", "pagereveal", "pageshow", "pageswap", "paste", "pause", "play", "playing",
            "pointercancel", "pointerdown", "pointerenter", "pointerleave", "pointermove", "pointerout",
            "pointerover", "pointerrawupdate", "pointerup", "popstate", "progress", "ratechange",
            "rejectionhandled", "repeat", "reset", "resize", "scroll", "scrollend", "search",
            "securitypolicyviolation", "seeked", "seeking", "select", "selectionchange", "selectstart",
            "slotchange", "stalled", "storage", "submit", "suspend", "timeupdate", "toggle", "touchcancel",
            "touchend", "touchmove", "touchstart", "transitioncancel", "transitionend", "transitionrun",
            "transitionstart", "unhandledrejection", "unload", "volumechange", "waiting", "wheel");

    public static final DescribedPredicate<String> NAMES = DescribedPredicate.describe(
            "an event handler attribute name", EventHandlerAttributes::isOne);

    private EventHandlerAttributes() {
    }

    public static boolean isOne(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("on") && EVENTS.contains(lower.substring(2));
    }
}
