package dev.ordo.risktreatment.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import dev.ordo.risktreatment.SoaEntry;
import dev.ordo.risktreatment.SoaSignatory;
import dev.ordo.risktreatment.SoaStatus;
import dev.ordo.risktreatment.StatementOfApplicability;

/**
 * The Statement of Applicability as documents an auditor keeps (ISO/IEC 27001:2022 6.1.3 d, 7.5.3): a PDF from the
 * Thymeleaf template {@code risktreatment/soa-pdf.html} rendered by openhtmltopdf, and a spreadsheet with Apache POI.
 * Both carry organization, catalog, the scope of the ISMS it applies to (4.3), version, status and approval, and
 * mark anything not approved as a draft.
 */
@Component
public class SoaExports {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	/** The columns of the table, in both formats. */
	static final List<String> COLUMNS = List.of("Theme", "Control", "Title", "Applicable", "Justification",
			"Linked risks", "Mapped requirements", "Decided by", "Implementation status", "Control owner",
			"Last verified", "Evidence", "Inconsistencies");

	/** The label of the scope statement, in both formats. */
	static final String SCOPE = "Scope of the ISMS (ISO/IEC 27001:2022 4.3)";

	private static final Logger log = LoggerFactory.getLogger(SoaExports.class);

	/**
	 * The font embedded in the PDF (as a subset), named in the template: DejaVu Sans from the jasperreports-fonts
	 * artifact. Without an embedded font openhtmltopdf uses the PDF base fonts, which print anything outside Latin-1
	 * (Czech č, Cyrillic, ≥) as '#'.
	 */
	static final String FONT_FAMILY = "DejaVu Sans";

	private static final byte[] FONT_REGULAR = font("DejaVuSans.ttf");

	private static final byte[] FONT_BOLD = font("DejaVuSans-Bold.ttf");

	private final ITemplateEngine templates;

	private final boolean warmUp;

	SoaExports(ITemplateEngine templates) {
		this(templates, false);
	}

	@Autowired
	SoaExports(ITemplateEngine templates, @Value("${ordo.soa.export-warm-up:true}") boolean warmUp) {
		this.templates = templates;
		this.warmUp = warmUp;
	}

	/**
	 * Renders a one-row PDF and spreadsheet in the background once the application is up: the first rendering in a
	 * JVM loads fonts, the CSS parser and POI's classes (about two seconds), which the first person to download a
	 * Statement of Applicability should not wait for.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		if (!warmUp) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				SoaEntry row = new SoaEntry("A.5.1", "A.5.1", "Warm-up", "organizational", "Warm-up", true, List.of(),
						"", List.of(), List.of(), null, null, null, null, null, null, List.of(), List.of(), null, null);
				StatementOfApplicability soa = new StatementOfApplicability(null, "warm-up", "Warm-up", "Warm-up",
						null, SoaStatus.DRAFT, null, null, null, null, null, null, Instant.now(),
						StatementOfApplicability.Counts.of(List.of(row)), List.of(row), null);
				pdf(soa, "Warm-up", Instant.now());
				xlsx(soa, "Warm-up", Instant.now());
			}
			catch (RuntimeException ex) {
				log.debug("SoA export warm-up failed", ex);
			}
		}, "ordo-soa-export-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	private static byte[] font(String file) {
		try (InputStream in = SoaExports.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Font " + file + " is not on the class path (jasperreports-fonts)");
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The file name for a download, e.g. {@code soa-iso27001-2022-v3.pdf}. */
	public static String fileName(StatementOfApplicability soa, String extension) {
		String catalog = soa.catalogId().replaceAll("[^A-Za-z0-9-]", "");
		return "soa-" + catalog + (soa.number() == null ? "-draft" : "-v" + soa.number()) + "." + extension;
	}

	public byte[] pdf(StatementOfApplicability soa, String organizationName, Instant generatedAt) {
		Context context = new Context();
		context.setVariable("soa", soa);
		context.setVariable("organization", organizationName);
		context.setVariable("generatedAt", TIME.format(generatedAt));
		context.setVariable("approved", soa.status() == SoaStatus.APPROVED);
		context.setVariable("scopeLabel", SCOPE);
		context.setVariable("scope", scope(soa));
		context.setVariable("themes", byTheme(soa.controls()));
		context.setVariable("fmt", new Formats());
		String html = templates.process("risktreatment/soa-pdf", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFont(() -> new ByteArrayInputStream(FONT_REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(FONT_BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public byte[] xlsx(StatementOfApplicability soa, String organizationName, Instant generatedAt) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = book.createFont();
			bold.setBold(true);
			CellStyle header = book.createCellStyle();
			header.setFont(bold);
			CellStyle wrap = book.createCellStyle();
			wrap.setWrapText(true);
			Sheet sheet = book.createSheet("Statement of Applicability");
			Row head = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				head.createCell(i).setCellValue(COLUMNS.get(i));
				head.getCell(i).setCellStyle(header);
			}
			Formats f = new Formats();
			int r = 1;
			for (SoaEntry e : soa.controls()) {
				Row row = sheet.createRow(r++);
				List<String> values = List.of(nz(e.theme()), e.label(), nz(e.title()), f.applicable(e.applicable()),
						nz(e.justification()), f.risks(e), f.requirements(e), f.decidedBy(e), f.status(e),
						e.implementationOwner() == null ? "" : e.implementationOwner().displayName(),
						f.lastVerified(e), f.evidence(e),
						String.join("\n", e.inconsistencies()));
				for (int i = 0; i < values.size(); i++) {
					row.createCell(i).setCellValue(values.get(i));
					row.getCell(i).setCellStyle(wrap);
				}
			}
			// "Last verified" holds date and result ("2026-01-05, not effective").
			int[] widths = { 18, 10, 40, 12, 60, 40, 30, 24, 18, 20, 26, 50, 40 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			// Auditors sort and filter the table: the header stays visible and carries filters.
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, COLUMNS.size() - 1));
			Sheet meta = book.createSheet("Version");
			int m = 0;
			for (Map.Entry<String, String> entry : metadata(soa, organizationName, generatedAt).entrySet()) {
				Row row = meta.createRow(m++);
				row.createCell(0).setCellValue(entry.getKey());
				row.getCell(0).setCellStyle(header);
				row.createCell(1).setCellValue(entry.getValue());
				row.getCell(1).setCellStyle(wrap);
			}
			meta.setColumnWidth(0, 28 * 256);
			meta.setColumnWidth(1, 80 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What identifies the document: the same facts as the PDF's title block. */
	static Map<String, String> metadata(StatementOfApplicability soa, String organizationName, Instant generatedAt) {
		Map<String, String> meta = new LinkedHashMap<>();
		meta.put("Organization", organizationName);
		meta.put("Catalog", soa.catalogTitle() + " (" + soa.catalogId() + ")");
		meta.put(SCOPE, scope(soa));
		meta.put("Version", soa.number() == null ? "draft" : String.valueOf(soa.number()));
		meta.put("Status", soa.status() == SoaStatus.APPROVED ? "approved" : soa.status().name().toLowerCase()
				+ " (not approved)");
		meta.put("Submitted by", soa.createdBy() == null ? "" : soa.createdBy().displayName());
		meta.put("Submitter's role", soa.createdBy() == null ? "" : nz(soa.createdBy().roleLabel()));
		meta.put("Submitted at", soa.createdAt() == null ? "" : TIME.format(soa.createdAt()));
		boolean rejected = soa.status() == SoaStatus.REJECTED;
		meta.put(rejected ? "Rejected by" : "Approved by", soa.decidedBy() == null ? "" : soa.decidedBy().displayName());
		meta.put(rejected ? "Rejecter's role" : "Approver's role",
				soa.decidedBy() == null ? "" : nz(soa.decidedBy().roleLabel()));
		meta.put(rejected ? "Rejected at" : "Approved at",
				soa.decidedAt() == null ? "" : TIME.format(soa.decidedAt()));
		meta.put("Decision comment", soa.decisionComment() == null ? "" : soa.decisionComment());
		meta.put("Approval process run", soa.approvalInstanceId() == null ? "" : soa.approvalInstanceId());
		meta.put("Rows computed at", TIME.format(soa.generatedAt()));
		meta.put("Content fingerprint (SHA-256)", soa.contentSha256() == null ? "draft: none" : soa.contentSha256());
		meta.put("Generated at", TIME.format(generatedAt));
		var c = soa.counts();
		meta.put("Controls", c.controls() + " (" + c.applicable() + " applicable, " + c.notApplicable()
				+ " not applicable, " + c.undecided() + " undecided, " + c.inconsistent() + " inconsistent)");
		return meta;
	}

	/** The scope statement as printed: a draft's may not be stated yet, a version frozen before 4.3 had none. */
	static String scope(StatementOfApplicability soa) {
		if (soa.scopeStatement() != null) {
			return soa.scopeStatement();
		}
		return soa.number() == null ? "not stated yet" : "not recorded with this version";
	}

	static Map<String, List<SoaEntry>> byTheme(List<SoaEntry> entries) {
		return entries.stream().collect(Collectors.groupingBy(e -> e.theme() == null ? "Controls" : e.theme(),
				LinkedHashMap::new, Collectors.toList()));
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	/** Texts of the cells, shared by the PDF template and the spreadsheet. */
	public static class Formats {

		public String applicable(Boolean applicable) {
			return applicable == null ? "Undecided" : applicable ? "Yes" : "No";
		}

		public String risks(SoaEntry e) {
			return e.risks().stream().map(r -> r.title() + (r.via() == null ? "" : " (via " + r.via() + ")")
					+ (r.treatmentApprovedAt() == null ? ", treatment not approved yet"
							: ", residual risk accepted " + DAY.format(r.treatmentApprovedAt())))
				.collect(Collectors.joining("\n"));
		}

		public String risksInline(SoaEntry e) {
			return risks(e).replace("\n", "; ");
		}

		/** Each mapped control with its catalog, the relationship and how far its applied control is. */
		public List<String> requirementLines(SoaEntry e) {
			return e.requirements().stream().map(r -> r.label() + " (" + r.catalogName() + ", " + r.relationship()
					+ "): " + (r.status() == null ? "selected for a risk, not applied" : statusText(r.status())))
				.toList();
		}

		public String requirements(SoaEntry e) {
			return String.join("\n", requirementLines(e));
		}

		public String decidedBy(SoaEntry e) {
			return e.decision() == null ? "" : (e.decision().decidedBy() == null ? "" : e.decision().decidedBy()
				.displayName()) + ", " + TIME.format(e.decision().decidedAt());
		}

		/**
		 * The effective status, naming the mapped control (and its catalog) it comes from. A control without any
		 * applied control reads as a gap only where it is applicable: an excluded one needs none (6.1.3 d).
		 */
		public String status(SoaEntry e) {
			if (e.effectiveStatus() == null) {
				return Boolean.FALSE.equals(e.applicable()) ? "Not required (excluded)" : "Not addressed";
			}
			SoaEntry.SoaRequirement via = e.effectiveThrough();
			return statusText(e.effectiveStatus()) + (via == null ? ""
					: " through " + via.label() + " (" + via.catalogName() + ", " + via.relationship() + " mapping)");
		}

		/**
		 * The last verification's date and result (e.g. {@code 2026-12-04, not effective}), empty if never verified:
		 * a control whose last check found it not effective must not read like a verified one (ISO/IEC 27001:2022
		 * 9.1).
		 */
		public String lastVerified(SoaEntry e) {
			if (e.lastVerifiedOn() == null) {
				return "";
			}
			return e.lastVerifiedOn() + (e.lastVerificationResult() == null ? ""
					: ", " + e.lastVerificationResult().toLowerCase().replace('_', ' '));
		}

		static String statusText(String status) {
			return status.charAt(0) + status.substring(1).toLowerCase().replace('_', ' ');
		}

		/** The control's own evidence, then that of the applied controls mapped to it, each named. */
		public List<String> evidenceLines(SoaEntry e) {
			List<String> lines = new java.util.ArrayList<>();
			e.evidence().forEach(x -> lines.add(link(x)));
			for (SoaEntry.SoaRequirement r : e.requirements()) {
				r.evidence().forEach(x -> lines.add(r.label() + " (" + r.catalogName() + "): " + link(x)));
			}
			return lines;
		}

		public String evidence(SoaEntry e) {
			return String.join("\n", evidenceLines(e));
		}

		private static String link(SoaEntry.Evidence x) {
			return x.description() == null ? x.url() : x.description() + " <" + x.url() + ">";
		}

		/** A submitter or decider as frozen with the version: name, and the role they acted in when known. */
		public String signatory(SoaSignatory who) {
			return who == null ? "" : who.displayName() + (who.roleLabel() == null ? "" : " (" + who.roleLabel() + ")");
		}

		public String time(Instant instant) {
			return instant == null ? "" : TIME.format(instant);
		}
	}
}
