package dev.ordo.risktreatment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import dev.ordo.risktreatment.MemberRef;
import dev.ordo.risktreatment.SoaEntry;
import dev.ordo.risktreatment.SoaSignatory;
import dev.ordo.risktreatment.SoaStatus;
import dev.ordo.risktreatment.StatementOfApplicability;
import dev.ordo.risktreatment.domain.ApplicabilityRules;

/**
 * The exports of a full Annex A Statement of Applicability (93 controls), parsed back. Prints how long rendering
 * takes; performance is measured, not asserted (see docs/testing.md).
 */
class SoaExportsTest {

	static final String SCOPE = "Accounting services of Example GmbH at its Vienna office, with its staff and laptops";

	static SoaExports exports() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return new SoaExports(engine);
	}

	static StatementOfApplicability annexA(SoaStatus status) {
		String[][] themes = { { "organizational", "A.5 Organizational controls", "5", "37" },
				{ "people", "A.6 People controls", "6", "8" }, { "physical", "A.7 Physical controls", "7", "14" },
				{ "technological", "A.8 Technological controls", "8", "34" } };
		MemberRef manager = new MemberRef(UUID.randomUUID(), "Iris ISMS-Manager");
		MemberRef board = new MemberRef(UUID.randomUUID(), "Tom Top-Management");
		List<SoaEntry> rows = new ArrayList<>();
		for (String[] t : themes) {
			for (int i = 1; i <= Integer.parseInt(t[3]); i++) {
				String id = "A." + t[2] + "." + i;
				boolean applicable = i % 7 != 0;
				rows.add(new SoaEntry(id, id, "Control title number " + i + " of " + t[1], t[0], t[1], applicable,
						List.of(applicable ? "RISK_TREATMENT" : "DECISION"),
						applicable ? "Treats risks: Risk " + i + "; Risk " + (i + 1) + ". Applied control: implemented."
								: "Not relevant: the organization has no such activity",
						List.of(new SoaEntry.SoaRisk(UUID.randomUUID(), "Risk " + i, null, i % 2 == 0 ? Instant.parse("2026-01-20T10:00:00Z") : null)), List.of(),
						new SoaEntry.Decision(applicable, applicable ? null : "Not relevant", manager,
								Instant.parse("2026-01-10T10:00:00Z")),
						applicable ? "IMPLEMENTED" : null, applicable ? manager : null,
						applicable ? LocalDate.of(2026, 1, 5) : null, applicable ? "EFFECTIVE" : null,
						applicable ? UUID.randomUUID() : null,
						applicable ? List.of(new SoaEntry.Evidence("https://wiki.example/evidence/" + id, "Policy " + id))
								: List.of(),
						i == 3 ? List.of("Marked not applicable, but selected to treat 1 risk: Risk 3") : List.of(),
						applicable ? "IMPLEMENTED" : null, null));
			}
		}
		boolean decided = status == SoaStatus.APPROVED;
		SoaSignatory submitter = new SoaSignatory(manager.userId(), manager.displayName(), "ISMS_MANAGER", "ISMS manager");
		SoaSignatory approver = new SoaSignatory(board.userId(), board.displayName(), "TOP_MANAGEMENT", "Top management");
		return new StatementOfApplicability(UUID.randomUUID(), "iso27001-2022", "ISO/IEC 27001:2022", SCOPE, 4, status,
				submitter, Instant.parse("2026-02-01T09:00:00Z"), decided ? approver : null,
				decided ? Instant.parse("2026-02-02T09:00:00Z") : null, null, decided ? "12345" : null,
				Instant.parse("2026-02-01T09:00:00Z"), StatementOfApplicability.Counts.of(rows), rows,
				"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
	}

	/** The same statement with other rows, counted anew. */
	static StatementOfApplicability withRows(StatementOfApplicability full, List<SoaEntry> rows) {
		return new StatementOfApplicability(full.id(), full.catalogId(), full.catalogTitle(), full.scopeStatement(),
				full.number(), full.status(), full.createdBy(), full.createdAt(), full.decidedBy(), full.decidedAt(),
				null, full.approvalInstanceId(), full.generatedAt(), StatementOfApplicability.Counts.of(rows), rows,
				full.contentSha256());
	}

	@Test
	void theAnnexAPdfHasEveryControlPageNumbersAndTheApproval() throws Exception {
		SoaExports exports = exports();
		StatementOfApplicability soa = annexA(SoaStatus.APPROVED);
		long cold = System.nanoTime();
		exports.pdf(soa, "Example GmbH", Instant.now()); // the first one also loads fonts, CSS parser and classes
		cold = (System.nanoTime() - cold) / 1_000_000;
		long start = System.nanoTime();
		byte[] pdf = exports.pdf(soa, "Example GmbH", Instant.now());
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("SoA PDF of the 93 Annex A controls rendered in " + millis + " ms (" + pdf.length
				+ " bytes; the first one in this JVM " + cold + " ms)");
		// Kept for a person to look at, like the browser tests' screenshots.
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "exports"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "exports", "soa-annex-a.pdf"), pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Example GmbH", "version 4", "Tom Top-Management (Top management)",
					"Iris ISMS-Manager (ISMS manager)", "12345",
					"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "A.5.1", "A.5.37",
					"A.6.8", "A.7.14", "A.8.34", "A.8 Technological controls", "https://wiki.example/evidence/A.8.34",
					"Inconsistent: Marked not applicable", "Risks: Risk 2, residual risk accepted 2026-01-20", "Page " + doc.getNumberOfPages() + " of " + doc.getNumberOfPages())
				.doesNotContain("DRAFT");
			// The scope on the title page, before the first control.
			String compact = text.replaceAll("\\s+", " ");
			assertThat(compact).contains("Scope of the ISMS (ISO/IEC 27001:2022 4.3) " + SCOPE);
			assertThat(compact.indexOf(SCOPE)).isLessThan(compact.indexOf("A.5.1 "));
			PDFTextStripper titlePage = new PDFTextStripper();
			titlePage.setEndPage(1);
			assertThat(titlePage.getText(doc).replaceAll("\\s+", " ")).contains(SCOPE);
		}
		try (PDDocument doc = Loader.loadPDF(exports.pdf(annexA(SoaStatus.SUBMITTED), "Example GmbH", Instant.now()))) {
			String text = new PDFTextStripper().getText(doc);
			// The banner on the title page and the header on every page.
			assertThat(text.split("DRAFT — not approved", -1).length - 1).isGreaterThan(doc.getNumberOfPages());
		}
	}

	@Test
	void theSpreadsheetHasTheRowsAndTheVersionSheet() throws Exception {
		SoaExports exports = exports();
		long start = System.nanoTime();
		byte[] xlsx = exports.xlsx(annexA(SoaStatus.SUBMITTED), "Example GmbH", Instant.now());
		System.out.println("SoA XLSX of the 93 Annex A controls written in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(93);
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Applicable");
			assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("A.5.7");
			assertThat(sheet.getRow(7).getCell(3).getStringCellValue()).isEqualTo("No");
			assertThat(sheet.getRow(7).getCell(4).getStringCellValue()).contains("Not relevant");
			assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).contains("https://wiki.example/evidence/A.5.1");
			var version = book.getSheet("Version");
			assertThat(version.getRow(2).getCell(0).getStringCellValue())
				.isEqualTo("Scope of the ISMS (ISO/IEC 27001:2022 4.3)");
			assertThat(version.getRow(2).getCell(1).getStringCellValue()).isEqualTo(SCOPE);
			assertThat(version.getRow(4).getCell(1).getStringCellValue()).isEqualTo("submitted (not approved)");
			assertThat(version.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Submitter's role");
			assertThat(version.getRow(6).getCell(1).getStringCellValue()).isEqualTo("ISMS manager");
		}
	}

	/** A.5.16 covered only through SP 800-53 AC-2, implemented there with evidence: both files say so. */
	@Test
	void aControlCoveredOnlyThroughAMappingShowsTheMappedStatusAndEvidence() throws Exception {
		StatementOfApplicability full = annexA(SoaStatus.APPROVED);
		List<SoaEntry> rows = new ArrayList<>(full.controls());
		int index = rows.indexOf(rows.stream().filter(e -> e.controlId().equals("A.5.16")).findFirst().orElseThrow());
		SoaEntry mapped = ApplicabilityRules.entry(new ApplicabilityRules.Control("A.5.16", "A.5.16", "Identity management",
				"organizational", "A.5 Organizational controls"), List.of(), null,
				List.of(new SoaEntry.SoaRequirement("nist", "NIST SP 800-53 Rev. 5", "ac-2", "AC-2", "related",
						"VERIFIED", UUID.randomUUID(),
						List.of(new SoaEntry.Evidence("https://wiki.example/accounts", "Account review")))),
				null);
		rows.set(index, mapped);
		StatementOfApplicability soa = withRows(full, rows);
		SoaExports exports = exports();
		try (PDDocument doc = Loader.loadPDF(exports.pdf(soa, "Example GmbH", Instant.now()))) {
			// The implementation column holds the status and where it comes from on one line, not a word a line.
			assertThat(new PDFTextStripper().getText(doc)).contains("Verified through AC-2");
			// Table cells wrap at hyphens and dots: compare without white space.
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			assertThat(text).contains("VerifiedthroughAC-2(NISTSP800-53Rev.5,relatedmapping)",
					"Mapped:AC-2(NISTSP800-53Rev.5,related):Verified",
					"AC-2(NISTSP800-53Rev.5):Accountreview<https://wiki.example/accounts>");
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(soa, "Example GmbH",
				Instant.now())))) {
			var row = book.getSheetAt(0).getRow(index + 1);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("A.5.16");
			assertThat(row.getCell(6).getStringCellValue())
				.isEqualTo("AC-2 (NIST SP 800-53 Rev. 5, related): Verified");
			assertThat(row.getCell(8).getStringCellValue())
				.isEqualTo("Verified through AC-2 (NIST SP 800-53 Rev. 5, related mapping)");
			assertThat(row.getCell(11).getStringCellValue())
				.isEqualTo("AC-2 (NIST SP 800-53 Rev. 5): Account review <https://wiki.example/accounts>");
		}
	}

	/** Names in Czech, Russian and a mathematical sign print as written, in the embedded DejaVu Sans. */
	@Test
	void textOutsideLatin1PrintsAsWrittenWithTheFontEmbedded() throws Exception {
		StatementOfApplicability full = annexA(SoaStatus.APPROVED);
		List<SoaEntry> rows = new ArrayList<>(full.controls());
		SoaEntry first = rows.get(0);
		rows.set(0, new SoaEntry(first.controlId(), first.label(), "Защита информации", first.themeId(), first.theme(),
				true, first.bases(), "Dostupnost ≥ 99,9 % — řízení přístupu", first.risks(), first.requirements(),
				first.decision(), first.implementationStatus(), first.implementationOwner(), first.lastVerifiedOn(),
				first.lastVerificationResult(), first.appliedControlId(), first.evidence(), first.inconsistencies(),
				first.effectiveStatus(), first.effectiveThrough()));
		StatementOfApplicability soa = withRows(full, rows);
		try (PDDocument doc = Loader.loadPDF(exports().pdf(soa, "Účetní kancelář Dvořák", Instant.now()))) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Účetní kancelář Dvořák", "Защита информации", "Dostupnost ≥ 99,9 %",
					"řízení přístupu").doesNotContain("#");
			List<String> fonts = new ArrayList<>();
			for (var name : doc.getPage(0).getResources().getFontNames()) {
				var font = doc.getPage(0).getResources().getFont(name);
				fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
			}
			// Regular and bold (the title), both subsets embedded in the file.
			assertThat(fonts).anySatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+DejaVuSans embedded"))
				.anySatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+DejaVuSans-Bold embedded"))
				.allSatisfy(f -> assertThat(f).endsWith(" embedded"));
		}
	}

	/** Without an applied control, an excluded control needs no implementation; an included one reads as a gap. */
	@Test
	void anExcludedControlNeedsNoImplementationWhileAnIncludedOneWithoutReadsAsAGap() throws Exception {
		StatementOfApplicability full = annexA(SoaStatus.APPROVED);
		SoaEntry excluded = full.controls().stream().filter(e -> Boolean.FALSE.equals(e.applicable())).findFirst()
			.orElseThrow();
		SoaEntry first = full.controls().get(0);
		SoaEntry gap = new SoaEntry(first.controlId(), first.label(), first.title(), first.themeId(), first.theme(),
				true, first.bases(), first.justification(), first.risks(), first.requirements(), first.decision(), null,
				null, null, null, null, List.of(), first.inconsistencies(), null, null);
		SoaExports.Formats formats = new SoaExports.Formats();
		assertThat(formats.status(excluded)).isEqualTo("Not required (excluded)");
		assertThat(formats.status(gap)).isEqualTo("Not addressed");
		try (PDDocument doc = Loader.loadPDF(exports().pdf(full, "Example GmbH", Instant.now()))) {
			assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("Notrequired(excluded)")
				.doesNotContain("Notaddressed");
		}
	}

	/** A control whose last verification found it not effective says so, in both formats, not just "verified". */
	@Test
	void theLastVerificationsResultIsPrintedWithItsDate() throws Exception {
		StatementOfApplicability full = annexA(SoaStatus.APPROVED);
		List<SoaEntry> rows = new ArrayList<>(full.controls());
		SoaEntry first = rows.get(0);
		rows.set(0, new SoaEntry(first.controlId(), first.label(), first.title(), first.themeId(), first.theme(),
				first.applicable(), first.bases(), first.justification(), first.risks(), first.requirements(),
				first.decision(), first.implementationStatus(), first.implementationOwner(), first.lastVerifiedOn(),
				"NOT_EFFECTIVE", first.appliedControlId(), first.evidence(), first.inconsistencies(),
				first.effectiveStatus(), first.effectiveThrough()));
		StatementOfApplicability soa = withRows(full, rows);
		SoaExports exports = exports();
		try (PDDocument doc = Loader.loadPDF(exports.pdf(soa, "Example GmbH", Instant.now()))) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			assertThat(text).contains("Verified2026-01-05,noteffective", "Verified2026-01-05,effective");
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(soa, "Example GmbH",
				Instant.now())))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Last verified");
			assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("2026-01-05, not effective");
			assertThat(sheet.getRow(2).getCell(10).getStringCellValue()).isEqualTo("2026-01-05, effective");
			// Wide enough for the longest of them on one line (a character is 256 units).
			assertThat(sheet.getColumnWidth(10)).isGreaterThanOrEqualTo("2026-01-05, not effective".length() * 256);
		}
	}

	/**
	 * A catalog title long enough to wrap the page header (NIST SP 800-53's full title does): the draft mark wraps as
	 * a whole onto the next line rather than splitting into "DRAFT — not" and "approved".
	 */
	@Test
	void theDraftMarkInTheHeaderStaysOnOneLineUnderALongCatalogTitle() throws Exception {
		StatementOfApplicability full = annexA(SoaStatus.SUBMITTED);
		StatementOfApplicability soa = new StatementOfApplicability(full.id(), "nist", "NIST Special Publication "
				+ "800-53 Revision 5: Security and Privacy Controls for Federal Information Systems and Organizations",
				full.scopeStatement(), null, SoaStatus.DRAFT, null, null, null, null, null, null, full.generatedAt(),
				full.counts(), full.controls(), null);
		try (PDDocument doc = Loader.loadPDF(exports().pdf(soa, "Demo Corp", Instant.now()))) {
			PDFTextStripper second = new PDFTextStripper();
			second.setStartPage(2);
			second.setEndPage(2);
			String header = second.getText(doc);
			assertThat(header).contains("Federal Information Systems", "DRAFT — not approved");
		}
	}
}
