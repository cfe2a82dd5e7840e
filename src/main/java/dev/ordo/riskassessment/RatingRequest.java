package dev.ordo.riskassessment;

/** Rates a risk: positions on the organization's scales (1 = lowest) and why. */
public record RatingRequest(RatingKind kind, Integer likelihood, Integer consequence, String reason) {
}
