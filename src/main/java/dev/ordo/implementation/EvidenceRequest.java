package dev.ordo.implementation;

/** A link to evidence of an implementation (http or https URL). */
public record EvidenceRequest(String url, String description) {
}
