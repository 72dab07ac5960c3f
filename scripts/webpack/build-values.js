// The values a publisher sets when building for the store, read from the environment like ADDIN_ORIGIN:
//   PROVIDER_NAME=...     the publisher's name, written into the manifest's <ProviderName> (the store shows it).
//   SUPPORT_CONTACT=...   how users reach the publisher: an https URL or an e-mail address, shown on the
//                         support page (help/support.html, the manifest's SupportUrl).
// Both have placeholder defaults so a development or test build works without them; the defaults say
// plainly that they are placeholders, so a build made without them cannot pass for a finished listing.

const DEFAULT_PROVIDER_NAME = "Leverage (PROVIDER_NAME not set)";
// example.org is reserved for examples (RFC 2606): mail sent there reaches no one, which is why the
// support page labels it as a placeholder.
const DEFAULT_SUPPORT_CONTACT = "support@example.org";

const escapeXml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c],
  );

/**
 * The build-time values from an environment (process.env).
 * @returns {{ providerName: string, supportContact: string, supportIsPlaceholder: boolean }}
 */
function readBuildValues(env) {
  const providerName = (env.PROVIDER_NAME || "").trim() || DEFAULT_PROVIDER_NAME;
  const supportContact = (env.SUPPORT_CONTACT || "").trim() || DEFAULT_SUPPORT_CONTACT;
  // The manifest schema limits ProviderName to 125 characters (scripts/manifest-checks.js checks the rest).
  if (providerName.length > 125) throw new Error(`PROVIDER_NAME is ${providerName.length} characters; at most 125.`);
  if (!/^https:\/\/\S+$/.test(supportContact) && !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(supportContact)) {
    throw new Error(`SUPPORT_CONTACT must be an https:// URL or an e-mail address; got "${supportContact}".`);
  }
  return { providerName, supportContact, supportIsPlaceholder: supportContact === DEFAULT_SUPPORT_CONTACT };
}

/** The manifest with its <ProviderName> set to `name`. */
function withProviderName(xml, name) {
  const pattern = /<ProviderName>[^<]*<\/ProviderName>/;
  if (!pattern.test(xml)) throw new Error("manifest.xml has no <ProviderName> element to set.");
  return xml.replace(pattern, `<ProviderName>${escapeXml(name)}</ProviderName>`);
}

/** Where the contact route leads: a mailto: link for an address, the URL itself otherwise. */
const contactHref = (contact) => (contact.startsWith("https://") ? contact : `mailto:${contact}`);

module.exports = {
  DEFAULT_PROVIDER_NAME,
  DEFAULT_SUPPORT_CONTACT,
  readBuildValues,
  withProviderName,
  contactHref,
};
