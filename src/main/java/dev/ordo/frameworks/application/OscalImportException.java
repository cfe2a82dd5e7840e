package dev.ordo.frameworks.application;

/** The uploaded file is not an OSCAL catalog or profile Ordo can import; the message says why, for the user. */
public class OscalImportException extends Exception {

	public OscalImportException(String message) {
		super(message);
	}

	public OscalImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
