package dev.ordo.frameworks.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gov.nist.secauto.metaschema.core.datatype.markup.IMarkupString;
import gov.nist.secauto.metaschema.core.metapath.DynamicContext;
import gov.nist.secauto.metaschema.core.metapath.item.node.IDocumentNodeItem;
import gov.nist.secauto.metaschema.databind.io.Format;
import gov.nist.secauto.metaschema.databind.io.IBoundLoader;
import gov.nist.secauto.metaschema.databind.io.ModelDetector;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.model.Catalog;
import gov.nist.secauto.oscal.lib.model.CatalogGroup;
import gov.nist.secauto.oscal.lib.model.Control;
import gov.nist.secauto.oscal.lib.model.Link;
import gov.nist.secauto.oscal.lib.model.Parameter;
import gov.nist.secauto.oscal.lib.model.ControlPart;
import gov.nist.secauto.oscal.lib.model.Profile;
import gov.nist.secauto.oscal.lib.model.ProfileImport;
import gov.nist.secauto.oscal.lib.model.Property;
import gov.nist.secauto.oscal.lib.profile.resolver.ProfileResolver;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import org.yaml.snakeyaml.LoaderOptions;

import dev.ordo.frameworks.CatalogView.Origin;

/**
 * Reads OSCAL catalogs and profiles (JSON, XML or YAML, detected from the content) with NIST's liboscal-java, and
 * resolves a profile against the catalog it imports. A profile names its catalog by an href that rarely resolves
 * where Ordo runs (NIST's baselines point into a back-matter resource with relative links), so the caller supplies
 * the catalog file and every import of the profile is pointed at it.
 */
@Component
public class OscalReader {

	private static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");

	/** A parameter placeholder in OSCAL prose, as liboscal-java writes it in Markdown. */
	private static final Pattern INSERT_PARAM = Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([^\\s}]+)\\s*}}");

	/** The links by which a withdrawn control names the controls that took it over. */
	private static final Set<String> SUCCESSOR_LINKS = Set.of("incorporated-into", "moved-to");

	/** A link may point into a part of the successor ({@code #ac-2_smt.k}); the control is what matters. */
	private static final Pattern PART_SUFFIX = Pattern.compile("_(smt|gdn|obj|prm).*$");

	/**
	 * The YAML parser of the schema check. SnakeYAML's default limit of 3 million code points would refuse NIST's
	 * SP 800-53 catalog written as YAML; the upload limit ({@code ordo.frameworks.import.max-size}) bounds the size
	 * instead. Aliases are not expanded by this parser (an alias reads as its name; OSCAL uses none), so a small
	 * document cannot stand for billions of nodes.
	 */
	private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
		.loaderOptions(yamlLimits())
		.build());

	/** The root properties of the OSCAL models: a JSON document with none of them is not OSCAL. */
	private static final List<String> ROOTS = List.of("catalog", "profile", "mapping-collection", "component-definition",
			"system-security-plan", "assessment-plan", "assessment-results", "plan-of-action-and-milestones");

	/** NIST's schemas of the two models Ordo imports, as liboscal-java ships them; each loaded on first use. */
	private final Map<String, Schema> jsonSchemas = new ConcurrentHashMap<>();

	private final Map<String, javax.xml.validation.Schema> xmlSchemas = new ConcurrentHashMap<>();

	/** Reads a catalog, or resolves a profile against {@code catalogFile}. */
	public ParsedCatalog read(Path file, Path catalogFile) throws OscalImportException {
		validateAgainstSchema(file);
		OscalBindingContext context = OscalBindingContext.instance();
		IBoundLoader loader = context.newBoundLoader();
		Object document;
		try {
			document = loader.load(file);
		}
		catch (IOException | RuntimeException | AssertionError ex) {
			throw new OscalImportException("The file is not an OSCAL document in JSON, XML or YAML: "
					+ reason(ex), ex);
		}
		if (document instanceof Catalog catalog) {
			return parse(catalog, Origin.OSCAL_CATALOG);
		}
		if (document instanceof Profile profile) {
			return parse(resolve(context, loader, profile, catalogFile), Origin.OSCAL_PROFILE);
		}
		throw new OscalImportException("The file is an OSCAL " + document.getClass().getSimpleName()
				+ ", not a catalog or profile");
	}

	/**
	 * A catalog or profile must be valid against NIST's OSCAL schema before Ordo reads it: the reader alone would
	 * accept documents that leave out what OSCAL requires. JSON and YAML are checked against the JSON schema (OSCAL's
	 * YAML is the JSON model written as YAML), XML against the XSD. The schema's own messages (JSON pointer or line,
	 * and rule) go to the user, the first few of them.
	 */
	private void validateAgainstSchema(Path file) throws OscalImportException {
		JSONObject document;
		boolean yaml = false;
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int first;
			do {
				in.mark(1);
				first = in.read();
			}
			while (first == '\uFEFF' || (first != -1 && Character.isWhitespace(first)));
			if (first == '<') {
				in.reset();
				validateXml(file);
				return;
			}
			in.reset();
			if (first == '{') {
				document = new JSONObject(new JSONTokener(in));
			}
			else {
				yaml = true;
				document = yamlAsJson(in);
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new OscalImportException("The file is not an OSCAL document in JSON, XML or YAML: " + reason(ex), ex);
		}
		String root = ROOTS.stream().filter(document::has).findFirst().orElseThrow(() -> new OscalImportException(
				"The file is not an OSCAL document in JSON, XML or YAML: it has none of OSCAL's root properties "
						+ "(catalog, profile, ...)"));
		if (!root.equals("catalog") && !root.equals("profile")) {
			return;
		}
		try {
			schema(root).validate(document);
		}
		catch (ValidationException invalid) {
			List<String> messages = invalid.getAllMessages();
			// The usual YAML slip: an unquoted 1.0 or true is a number or boolean, where OSCAL wants text.
			boolean unquoted = yaml && messages.stream().anyMatch(m -> m.contains("expected type: String, found: "));
			throw new OscalImportException("The file is not valid against the OSCAL JSON schema"
					+ (yaml ? " (YAML is checked as the JSON it stands for; the pointers name the same keys)" : "")
					+ ": " + String.join("; ", messages.subList(0, Math.min(3, messages.size())))
					+ (messages.size() > 3 ? " (and " + (messages.size() - 3) + " more)" : "")
					+ (unquoted ? ". In YAML, quote a value that must be text, e.g. version: \"1.0\"" : ""), invalid);
		}
	}

	/**
	 * A YAML document as the JSON object it stands for, for the JSON schema. Read with the YAML parser liboscal-java
	 * uses itself, so that a plain scalar is the same string, number or boolean to the schema as to the reader
	 * ({@code version: 1.0} is a number and refused like {@code "version": 1.0} in JSON; a date stays text).
	 */
	private static JSONObject yamlAsJson(Reader in) throws IOException, OscalImportException {
		JsonNode tree = YAML.readTree(in);
		if (tree == null || !tree.isObject()) {
			throw new OscalImportException("The file is not an OSCAL document in JSON, XML or YAML: it is no JSON "
					+ "object or YAML mapping");
		}
		return (JSONObject) json(tree);
	}

	private static Object json(JsonNode node) {
		if (node.isObject()) {
			JSONObject object = new JSONObject();
			node.properties().forEach(e -> object.put(e.getKey(), json(e.getValue())));
			return object;
		}
		if (node.isArray()) {
			JSONArray array = new JSONArray();
			node.forEach(item -> array.put(json(item)));
			return array;
		}
		if (node.isNumber()) {
			return node.numberValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isNull() || node.isMissingNode()) {
			return JSONObject.NULL;
		}
		return node.asText();
	}

	/**
	 * An XML catalog or profile must be valid against NIST's OSCAL XML schema (the XSD liboscal-java ships). The
	 * uploaded document may not pull in anything from outside (no external DTD or schema): it is untrusted input.
	 */
	private void validateXml(Path file) throws OscalImportException {
		String root;
		try (InputStream in = Files.newInputStream(file)) {
			XMLInputFactory factory = XMLInputFactory.newFactory();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
				// up to the root element
			}
			root = xml.isStartElement() ? xml.getLocalName() : "";
			xml.close();
		}
		catch (IOException | XMLStreamException ex) {
			throw new OscalImportException("The file is not an OSCAL document in JSON, XML or YAML: " + reason(ex), ex);
		}
		if (!root.equals("catalog") && !root.equals("profile")) {
			return;
		}
		List<String> problems = new ArrayList<>();
		try {
			Validator validator = xmlSchema(root).newValidator();
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setErrorHandler(new DefaultHandler() {
				@Override
				public void error(SAXParseException e) {
					problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
				}

				@Override
				public void fatalError(SAXParseException e) throws SAXParseException {
					throw e;
				}
			});
			validator.validate(new StreamSource(file.toFile()));
		}
		catch (SAXException | IOException ex) {
			throw new OscalImportException("The file is not an OSCAL document in JSON, XML or YAML: " + reason(ex), ex);
		}
		if (!problems.isEmpty()) {
			throw new OscalImportException("The file is not valid against the OSCAL XML schema: "
					+ String.join("; ", problems.subList(0, Math.min(3, problems.size())))
					+ (problems.size() > 3 ? " (and " + (problems.size() - 3) + " more)" : ""));
		}
	}

	private javax.xml.validation.Schema xmlSchema(String model) {
		return xmlSchemas.computeIfAbsent(model, m -> {
			URL resource = OscalReader.class.getClassLoader().getResource("schema/xml/oscal-" + m + "_schema.xsd");
			if (resource == null) {
				throw new IllegalStateException("The OSCAL " + m + " XML schema is missing from liboscal-java");
			}
			try {
				return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
					.newSchema(new StreamSource(resource.toString()));
			}
			catch (SAXException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private Schema schema(String model) {
		return jsonSchemas.computeIfAbsent(model, m -> {
			String resource = "schema/json/oscal-" + m + "_schema.json";
			try (InputStream in = OscalReader.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException(resource + " is missing from liboscal-java");
				}
				return SchemaLoader.load(new JSONObject(new JSONTokener(in)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private Catalog resolve(OscalBindingContext context, IBoundLoader loader, Profile profile, Path catalogFile)
			throws OscalImportException {
		if (profile.getImports() == null || profile.getImports().isEmpty()) {
			throw new OscalImportException("The profile imports no catalog");
		}
		if (catalogFile == null) {
			throw new OscalImportException("The profile imports a catalog (" + profile.getImports().get(0).getHref()
					+ ") that cannot be resolved here: upload the catalog with it (field catalogFile)");
		}
		// Only the kind of document is checked here (cheaply); the resolver reads the catalog itself.
		Class<?> kind;
		try (InputStream in = Files.newInputStream(catalogFile);
				ModelDetector.Result detected = loader.detectModel(in, catalogFile.toUri(),
						loader.detectFormat(catalogFile))) {
			kind = detected.getBoundClass();
		}
		catch (IOException | RuntimeException | AssertionError ex) {
			throw new OscalImportException("The profile's catalog is not an OSCAL document: " + reason(ex), ex);
		}
		if (!Catalog.class.equals(kind)) {
			throw new OscalImportException("The file given as the profile's catalog is not an OSCAL catalog");
		}
		Path rewritten = null;
		try {
			URI target = catalogFile.toUri();
			for (ProfileImport profileImport : profile.getImports()) {
				profileImport.setHref(target);
			}
			rewritten = Files.createTempFile("ordo-profile", ".json");
			context.newSerializer(Format.JSON, Profile.class).serialize(profile, rewritten);
			DynamicContext dynamic = new DynamicContext(OscalBindingContext.OSCAL_STATIC_METAPATH_CONTEXT);
			dynamic.setDocumentLoader(loader);
			ProfileResolver resolver = new ProfileResolver(dynamic, (uri, base) -> base.resolve(uri));
			IDocumentNodeItem resolved = resolver.resolve(rewritten);
			return (Catalog) resolved.getValue();
		}
		catch (Exception | AssertionError ex) {
			throw new OscalImportException("The profile cannot be resolved against its catalog: " + reason(ex), ex);
		}
		finally {
			if (rewritten != null) {
				try {
					Files.deleteIfExists(rewritten);
				}
				catch (IOException ignored) {
					// a temporary file; the OS cleans up
				}
			}
		}
	}

	private static LoaderOptions yamlLimits() {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(Integer.MAX_VALUE);
		return options;
	}

	ParsedCatalog parse(Catalog catalog, Origin origin) throws OscalImportException {
		if (catalog.getMetadata() == null || catalog.getMetadata().getTitle() == null) {
			throw new OscalImportException("The catalog has no metadata title, which OSCAL requires");
		}
		if (catalog.getUuid() == null) {
			throw new OscalImportException("The catalog has no uuid, which OSCAL requires");
		}
		List<ParsedCatalog.Control> controls = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Map<String, Parameter> params = new HashMap<>();
		collectParams(catalog.getParams(), catalog.getControls(), catalog.getGroups(), params);
		Walk walk = new Walk(controls, ids, params);
		walk(catalog.getControls(), null, null, null, 0, walk);
		walkGroups(catalog.getGroups(), walk);
		if (controls.isEmpty()) {
			throw new OscalImportException("The catalog contains no controls");
		}
		// Successors by the label people know (AC-2 rather than ac-2), once every control is known.
		Map<String, String> labels = new HashMap<>();
		controls.forEach(c -> labels.put(c.id(), c.label()));
		for (ParsedCatalog.Control c : controls) {
			SUCCESSOR_LINKS.forEach(rel -> {
				List<String> successors = c.properties().get(rel);
				if (successors != null) {
					successors.replaceAll(id -> labels.getOrDefault(id, id));
				}
			});
		}
		return new ParsedCatalog(text(catalog.getMetadata().getTitle()), catalog.getMetadata().getVersion(),
				catalog.getUuid().toString(), origin, controls);
	}

	/** What a walk over the catalog collects, and the parameters its prose refers to, by id. */
	private record Walk(List<ParsedCatalog.Control> out, Set<String> ids, Map<String, Parameter> params) {
	}

	/** Every parameter of the catalog (its own, its groups', its controls' at any depth), by id. */
	private static void collectParams(List<Parameter> own, List<Control> controls, List<CatalogGroup> groups,
			Map<String, Parameter> out) {
		if (own != null) {
			own.stream().filter(p -> p.getId() != null).forEach(p -> out.putIfAbsent(p.getId(), p));
		}
		if (controls != null) {
			for (Control control : controls) {
				collectParams(control.getParams(), control.getControls(), null, out);
			}
		}
		if (groups != null) {
			for (CatalogGroup group : groups) {
				collectParams(group.getParams(), group.getControls(), group.getGroups(), out);
			}
		}
	}

	private void walkGroups(List<CatalogGroup> groups, Walk walk) throws OscalImportException {
		if (groups == null) {
			return;
		}
		for (CatalogGroup group : groups) {
			String title = group.getTitle() == null ? group.getId() : text(group.getTitle());
			walk(group.getControls(), null, group.getId(), title, 0, walk);
			walkGroups(group.getGroups(), walk);
		}
	}

	private void walk(List<Control> controls, String parentId, String groupId, String groupTitle, int depth,
			Walk walk) throws OscalImportException {
		List<ParsedCatalog.Control> out = walk.out();
		Set<String> ids = walk.ids();
		if (controls == null) {
			return;
		}
		for (Control control : controls) {
			String id = control.getId();
			if (id == null || !TOKEN.matcher(id).matches() || id.length() > 120) {
				throw new OscalImportException("A control has a missing or invalid id: " + id);
			}
			if (control.getTitle() == null) {
				throw new OscalImportException("Control " + id + " has no title, which OSCAL requires");
			}
			if (!ids.add(id)) {
				throw new OscalImportException("The control id " + id + " occurs twice");
			}
			Map<String, List<String>> properties = new LinkedHashMap<>();
			String label = null;
			boolean plainLabel = false;
			boolean withdrawn = false;
			if (control.getProps() != null) {
				for (Property property : control.getProps()) {
					withdrawn |= "status".equals(property.getName()) && "withdrawn".equals(property.getValue());
					if ("label".equals(property.getName())) {
						// NIST gives a plain label (AC-2(1)) and one of class sp800-53a; the plain one wins.
						if (label == null || property.getClazz() == null && !plainLabel) {
							label = property.getValue();
							plainLabel = property.getClazz() == null;
						}
					}
					else if (property.getName() != null && property.getValue() != null) {
						properties.computeIfAbsent(property.getName(), k -> new ArrayList<>()).add(property.getValue());
					}
				}
			}
			if (control.getLinks() != null) {
				for (Link link : control.getLinks()) {
					if (SUCCESSOR_LINKS.contains(link.getRel()) && link.getHref() != null
							&& link.getHref().getFragment() != null) {
						properties.computeIfAbsent(link.getRel(), k -> new ArrayList<>())
							.add(PART_SUFFIX.matcher(link.getHref().getFragment()).replaceFirst(""));
					}
				}
			}
			StringBuilder statement = new StringBuilder();
			if (control.getParts() != null) {
				for (ControlPart part : control.getParts()) {
					if ("statement".equals(part.getName())) {
						prose(part, 0, walk.params(), statement);
					}
				}
			}
			out.add(new ParsedCatalog.Control(id, label == null ? id : label, text(control.getTitle()),
					depth == 0 ? "control" : "enhancement", parentId, groupId, groupTitle, depth,
					statement.isEmpty() ? null : statement.toString().strip(), properties, withdrawn));
			walk(control.getControls(), id, groupId, groupTitle, depth + 1, walk);
		}
	}

	/**
	 * A statement as plain text, one line per part, keeping its structure: each item on its own line after its label
	 * ({@code a.}, {@code 1.}, {@code (a)}), indented two spaces per level, with the parameters filled in.
	 */
	private static void prose(ControlPart part, int level, Map<String, Parameter> params, StringBuilder out) {
		String label = null;
		if (part.getProps() != null) {
			label = part.getProps().stream().filter(p -> "label".equals(p.getName()) && p.getValue() != null)
				.map(Property::getValue).findFirst().orElse(null);
		}
		String prose = part.getProse() == null ? "" : insertParams(text(part.getProse()), params, 0);
		boolean item = label != null || !prose.isEmpty();
		if (item) {
			out.append("  ".repeat(level)).append(label == null ? "" : label + (prose.isEmpty() ? "" : " "))
				.append(prose).append('\n');
		}
		if (part.getParts() != null) {
			int below = item ? level + 1 : level;
			part.getParts().forEach(p -> prose(p, below, params, out));
		}
	}

	/**
	 * Fills OSCAL's parameter placeholders ({@code {{ insert: param, ac-1_prm_1 }}}) in as NIST prints them: a
	 * value a profile set, else the choices of a selection ("[Selection (one or more): a; b]"), else the label
	 * ("[Assignment: organization-defined frequency]"). A choice may itself hold a parameter; {@code depth} stops a
	 * parameter that refers to itself.
	 */
	static String insertParams(String text, Map<String, Parameter> params, int depth) {
		if (depth > 5 || !text.contains("{{")) {
			return text;
		}
		return INSERT_PARAM.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
				describe(params.get(m.group(1)), m.group(1), params, depth)));
	}

	private static String describe(Parameter param, String id, Map<String, Parameter> params, int depth) {
		if (param == null) {
			return "[Assignment: " + id + "]";
		}
		if (param.getValues() != null && !param.getValues().isEmpty()) {
			return String.join(", ", param.getValues());
		}
		if (param.getSelect() != null && param.getSelect().getChoice() != null) {
			List<String> choices = param.getSelect().getChoice().stream()
				.map(c -> insertParams(text(c), params, depth + 1)).toList();
			boolean several = param.getSelect().getHowMany() != null
					&& param.getSelect().getHowMany().replace('_', '-').equals("one-or-more");
			return "[Selection" + (several ? " (one or more)" : "") + ": " + String.join("; ", choices) + "]";
		}
		if (param.getLabel() != null) {
			return "[Assignment: " + insertParams(text(param.getLabel()), params, depth + 1) + "]";
		}
		return "[Assignment: " + id + "]";
	}

	private static String text(IMarkupString<?> markup) {
		return markup.toMarkdown().strip();
	}

	private static String reason(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.length() > 500 ? message.substring(0, 500) + "…" : message;
	}
}
