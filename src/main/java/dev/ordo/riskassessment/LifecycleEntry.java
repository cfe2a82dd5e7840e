package dev.ordo.riskassessment;

import java.time.Instant;

/**
 * One closure or reopening of a risk with its reason, who and when (ISO/IEC 27001 6.1.2, 8.2: the register keeps
 * why a risk left it). {@code action} is {@code CLOSED} or {@code REOPENED}.
 */
public record LifecycleEntry(String action, String reason, MemberRef by, Instant at) {
}
