import { xmlSafeText } from "./xml-safe-text.ts";

/**
 * The few lines of an embed: the iframe, and a script that sets its height from the chart's messages
 * (checked: its own frame, that frame's origin, a finite height between 1 and 20,000 px).
 */
export function embedSnippet(url: string, title: string): string {
  const safeTitle = xmlSafeText(title).replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return [
    `<iframe src="${url.replaceAll('"', "%22")}" title="${safeTitle}" data-blauw-embed style="border:0;width:100%;height:480px" loading="lazy"></iframe>`,
    // Only the frame's own window, from the frame's own origin, with a height that is a sane number.
    `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="blauw:height")return;var h=d.height;if(typeof h!=="number"||!isFinite(h)||h<1||h>20000)return;document.querySelectorAll("iframe[data-blauw-embed]").forEach(function(f){if(f.contentWindow===e.source&&e.origin===new URL(f.src).origin)f.style.height=Math.ceil(h)+"px"})})</script>`,
  ].join("\n");
}
