/** The few lines of an embed: the iframe, and a script that sets its height from the chart's messages. */
export function embedSnippet(url: string, title: string): string {
  const safeTitle = title.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return [
    `<iframe src="${url.replaceAll('"', "%22")}" title="${safeTitle}" data-blauw-embed style="border:0;width:100%;height:480px" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="blauw:height")return;document.querySelectorAll("iframe[data-blauw-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`,
  ].join("\n");
}
