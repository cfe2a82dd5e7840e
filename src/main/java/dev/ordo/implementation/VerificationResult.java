package dev.ordo.implementation;

/** Outcome of verifying an applied control. */
public enum VerificationResult {
	/** The control works as intended; the applied control becomes VERIFIED. */
	EFFECTIVE,
	/** It does not; the applied control goes back to IN_PROGRESS. */
	NOT_EFFECTIVE
}
