/* global document, window */
// The test host's page script (bundled for the browser by test/app/host.test.ts): ext-apps' own
// host-side pieces — AppBridge over a PostMessageTransport to a sandboxed iframe — with tool calls
// forwarded to the Node side (window.hostCallTool), where the host's MCP client talks to our server.
import { AppBridge, PostMessageTransport } from '@modelcontextprotocol/ext-apps/app-bridge';

let bridge;
let context;

window.startHost = async ({ html, theme, width, args, result }) => {
  const frame = document.createElement('iframe');
  // Scripts only: no same-origin, forms, popups or top navigation (what hosts give a View by default).
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('title', 'Profile (MCP App)');
  frame.style.width = `${width}px`;
  frame.style.height = '200px';
  frame.style.border = '1px solid #8888';
  frame.style.borderRadius = '12px';
  frame.style.display = 'block';
  frame.srcdoc = html;
  document.body.append(frame);
  context = {
    theme,
    displayMode: 'inline',
    availableDisplayModes: ['inline'],
    containerDimensions: { maxWidth: width },
    locale: 'en-GB',
    timeZone: 'UTC',
    platform: 'web',
  };
  bridge = new AppBridge(null, { name: 'profile-mcp test host', version: '1.0.0' }, { serverTools: {}, logging: {} }, { hostContext: context });
  bridge.oncalltool = (params) => window.hostCallTool(params);
  bridge.onsizechange = ({ height }) => {
    if (height) frame.style.height = `${height}px`;
  };
  const initialized = new Promise((resolve) => {
    bridge.oninitialized = resolve;
  });
  await bridge.connect(new PostMessageTransport(frame.contentWindow, frame.contentWindow));
  await initialized;
  await bridge.sendToolInput({ arguments: args });
  await bridge.sendToolResult(result);
};

window.setHostTheme = (theme) => {
  context = { ...context, theme };
  bridge.setHostContext(context);
};
