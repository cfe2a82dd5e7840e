package dev.ordo.risktreatment.application;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import dev.ordo.risktreatment.StatementOfApplicability;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;

/**
 * Sends a Statement of Applicability as a file, for the API and the page alike. The bytes are written to the
 * response directly, so a client that asked for JSON (as API clients do by default) still gets the file.
 */
@Component
public class SoaDownloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SoaExports exports;

	private final Clock clock;

	SoaDownloads(SoaExports exports, Clock clock) {
		this.exports = exports;
		this.clock = clock;
	}

	public void write(StatementOfApplicability soa, String format, HttpServletResponse response) throws IOException {
		String f = format == null ? "pdf" : format.trim().toLowerCase();
		if (!f.equals("pdf") && !f.equals("xlsx")) {
			throw InvalidInput.of("format", "must be pdf or xlsx");
		}
		String organization = CurrentActor.require().organizationName();
		Instant now = clock.instant();
		byte[] body = f.equals("pdf") ? exports.pdf(soa, organization, now) : exports.xlsx(soa, organization, now);
		response.setContentType(f.equals("pdf") ? "application/pdf" : XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(SoaExports.fileName(soa, f)).build().toString());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}
}
