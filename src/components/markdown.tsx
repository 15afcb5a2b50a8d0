import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { safeLinkUrl } from "@/domain/safe-url";

/**
 * Notes as Markdown, rendered safely: raw HTML is not rendered at all, the output
 * is sanitised again, and links and images may only use http, https or mailto.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-notes space-y-2 text-sm leading-relaxed [&_a]:text-brand-700 dark:text-brand-100 [&_a]:underline [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc">
      <ReactMarkdown
        skipHtml
        rehypePlugins={[rehypeSanitize]}
        urlTransform={(url) => safeLinkUrl(url) ?? ""}
        components={{
          a: ({ href, children }) =>
            href ? (
              <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                {children}
              </a>
            ) : (
              <span>{children}</span>
            ),
          img: ({ alt }) => <span>{alt ?? ""}</span>,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
