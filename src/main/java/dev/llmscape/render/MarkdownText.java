package dev.llmscape.render;

import dev.llmscape.model.Model;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Catalog text and links made safe for Markdown table cells, with the seed's link labels. */
final class MarkdownText {
  private MarkdownText() {}

  /**
   * The model's links of these kinds as Markdown links joined with line breaks, or "-". Only web
   * links: a {@code javascript:} or {@code data:} link in a user catalog would run when clicked in
   * a rendered document.
   */
  static String links(Model m, String... kinds) {
    List<String> out = new ArrayList<>();
    for (String kind : kinds) {
      String url = m.links().get(kind);
      if (url != null && isWeb(url)) {
        out.add("[" + label(kind, url) + "](" + url(url) + ")");
      }
    }
    return out.isEmpty() ? "-" : String.join("<br />", out);
  }

  /** Whether a link is http or https, the only kinds a document may carry. */
  static boolean isWeb(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }

  /** The seed's link labels: Arxiv, github, Hugging Face, Blog, ... */
  static String label(String kind, String url) {
    String host = host(url);
    if (host.endsWith("arxiv.org")) {
      return "Arxiv";
    }
    if (host.endsWith("github.com")) {
      return "GitHub";
    }
    if (host.endsWith("huggingface.co")) {
      return "Hugging Face";
    }
    if (host.endsWith("youtube.com") || host.endsWith("youtu.be")) {
      return "YouTube";
    }
    return switch (kind) {
      case "paper" -> "Paper";
      case "report" -> "Report";
      case "code" -> "Code";
      case "modelCard" -> "Model card";
      case "blog" -> "Blog";
      case "website" -> "Website";
      case "video" -> "Video";
      default -> kind;
    };
  }

  private static String host(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** A URL safe inside {@code (...)} and a table cell. */
  private static String url(String url) {
    return Sanitizer.clean(url)
        .replace(" ", "%20")
        .replace("(", "%28")
        .replace(")", "%29")
        .replace("<", "%3C")
        .replace(">", "%3E")
        .replace("|", "%7C");
  }

  /**
   * Catalog text safe in a table cell: no control characters, no cell breaks, no HTML, and no
   * Markdown of its own (a user catalog's name must not turn into emphasis, code or a link).
   */
  static String text(String s) {
    String clean = Sanitizer.clean(s);
    StringBuilder out = new StringBuilder(clean.length() + 8);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      switch (c) {
        case '\\', '|', '*', '_', '`', '[', ']', '~' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
