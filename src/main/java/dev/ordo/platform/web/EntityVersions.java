package dev.ordo.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.ResponseEntity;

import dev.ordo.shared.InvalidInput;

/**
 * A record's version as its HTTP entity tag (RFC 9110 8.8.3): a read answers with {@code ETag: "<version>"}, and a
 * change sent with {@code If-Match: "<version>"} is refused with 412 when the record has changed since, instead of
 * silently undoing someone else's change. Without {@code If-Match} (or with {@code *}) the change is made as before,
 * so scripts that do not send it keep working.
 */
public final class EntityVersions {

	private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

	private EntityVersions() {
	}

	/** The body with its version as entity tag. */
	public static <T> ResponseEntity<T> tagged(T body, long version) {
		return ResponseEntity.ok().eTag(String.valueOf(version)).body(body);
	}

	/**
	 * The version an {@code If-Match} header names, or {@code null} when there is none or it is {@code *}. A list of
	 * tags, or a tag that is no version of Ordo's, is a field error on {@code If-Match}.
	 */
	public static Long expected(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return null;
		}
		Matcher tag = TAG.matcher(ifMatch);
		if (!tag.matches()) {
			throw InvalidInput.of("If-Match", "must be one entity tag as sent in the ETag header, such as \"3\" "
					+ "(was " + (ifMatch.length() > 40 ? ifMatch.substring(0, 40) + "…" : ifMatch) + ")");
		}
		return Long.valueOf(tag.group(1));
	}
}
