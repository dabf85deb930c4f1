package dev.llmscape.catalog.update;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The three files of a catalog release and how they are checked: {@code catalog.json}, its SHA-256
 * in {@code sha256sum}'s format ({@code catalog.json.sha256}), and an Ed25519 signature of its
 * exact bytes ({@code catalog.json.sig}: the 64-byte signature in base64), made by {@code
 * release/catalog-release.sh} with the project's key.
 */
public final class ReleaseFiles {
  public static final String CATALOG = "catalog.json";
  public static final String CHECKSUM = CATALOG + ".sha256";
  public static final String SIGNATURE = CATALOG + ".sig";

  /** The project's public key, bundled in the jar. */
  static final String PROJECT_KEY = "/dev/llmscape/release-key.pem";

  private ReleaseFiles() {}

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * The checksum that a {@code sha256sum} file gives for catalog.json: the line naming it, or the
   * only line.
   *
   * @throws UpdateException when the file gives none
   */
  static String expectedSha256(byte[] checksumFile) {
    String text = new String(checksumFile, StandardCharsets.UTF_8);
    String[] lines = text.strip().split("\\R");
    for (String line : lines) {
      String[] parts = line.strip().split("\\s+\\*?", 2);
      boolean names = parts.length == 2 && parts[1].strip().endsWith(CATALOG);
      if (parts[0].matches("[0-9a-fA-F]{64}") && (names || lines.length == 1)) {
        return parts[0].toLowerCase(Locale.ROOT);
      }
    }
    throw new UpdateException(CHECKSUM + " has no SHA-256 for " + CATALOG);
  }

  /** Whether the base64 signature file signs these bytes under this key. */
  static boolean verify(byte[] data, byte[] signatureFile, PublicKey key) {
    byte[] signature;
    try {
      signature =
          Base64.getDecoder().decode(new String(signatureFile, StandardCharsets.US_ASCII).strip());
    } catch (IllegalArgumentException e) {
      throw new UpdateException(SIGNATURE + " is not base64");
    }
    if (signature.length != 64) {
      throw new UpdateException(
          SIGNATURE + " holds " + signature.length + " bytes; an Ed25519 signature has 64");
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /**
   * Reads a PEM public key, as {@code openssl pkey -pubout} writes it.
   *
   * @throws UpdateException when it is not an Ed25519 public key
   */
  public static PublicKey publicKey(String pem, String name) {
    String body = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
    if (!pem.contains("-----BEGIN PUBLIC KEY-----") || body.isEmpty()) {
      throw new UpdateException(name + " is not a PEM public key (-----BEGIN PUBLIC KEY-----)");
    }
    try {
      byte[] der = Base64.getDecoder().decode(body);
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new UpdateException(name + " is not an Ed25519 public key");
    }
  }

  /** The project's key, bundled in the jar. */
  public static PublicKey projectKey() {
    try (InputStream in = ReleaseFiles.class.getResourceAsStream(PROJECT_KEY)) {
      if (in == null) {
        throw new UpdateException("the project's public key is missing from the jar");
      }
      return publicKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII), PROJECT_KEY);
    } catch (IOException e) {
      throw new UpdateException("cannot read the project's public key: " + e.getMessage());
    }
  }

  /** A short fingerprint of a key for messages: the first 16 hex digits of its SHA-256. */
  public static String fingerprint(PublicKey key) {
    return sha256(key.getEncoded()).substring(0, 16);
  }
}
