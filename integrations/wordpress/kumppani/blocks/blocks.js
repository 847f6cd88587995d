// The kumppani blocks in the editor: a settings panel for the widget's options and a
// preview rendered by the server (the same markup as on the page). Plain script on the
// editor's own globals, so the plugin needs no build step of its own.
(function (wp, elements) {
  const el = wp.element.createElement;
  const { __ } = wp.i18n;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, TextControl, SelectControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;

  const labels = {
    feed: __('Feed address (https://…)', 'kumppani'),
    municipality: __('Municipalities (codes or names, comma-separated)', 'kumppani'),
    category: __('Categories (comma-separated)', 'kumppani'),
    'target-group': __('Target groups (comma-separated)', 'kumppani'),
    lang: __('Language', 'kumppani'),
    'page-size': __('Items per page', 'kumppani'),
    'heading-level': __('Heading level of the items (1–6)', 'kumppani'),
    search: __('Search', 'kumppani'),
    'server-threshold': __('Search on the feed’s server above this many items', 'kumppani'),
    days: __('Days ahead', 'kumppani'),
    organizer: __('Only this organiser (feed id)', 'kumppani'),
    association: __('Association (feed id, e.g. ihimiset:1042)', 'kumppani'),
    format: __('Data source', 'kumppani'),
    theme: __('Look', 'kumppani'),
    label: __('Name for screen readers (e.g. Kempeleen yhdistykset)', 'kumppani'),
    'feedback-url': __('Accessibility feedback address (https://… or mailto:…)', 'kumppani'),
    'scroll-offset': __('Height of the site’s sticky header (CSS px)', 'kumppani'),
  };
  const choices = {
    lang: [
      { value: '', label: __('The page’s language', 'kumppani') },
      { value: 'fi', label: 'suomi' },
      { value: 'sv', label: 'svenska' },
      { value: 'en', label: 'English' },
    ],
    format: [
      { value: '', label: __('A kumppani feed', 'kumppani') },
      { value: 'linkedevents', label: __('Linked Events (events, volunteer tasks)', 'kumppani') },
      { value: 'ptv', label: __('PTV, the Finnish Service Catalogue (associations)', 'kumppani') },
    ],
    theme: [
      { value: '', label: __('Neutral (the page’s font and text colour)', 'kumppani') },
      { value: 'hds', label: __('Helsinki Design System', 'kumppani') },
      { value: 'suomifi', label: __('Suomi.fi', 'kumppani') },
      { value: 'hds auto', label: __('Helsinki Design System, dark on dark devices', 'kumppani') },
      { value: 'suomifi auto', label: __('Suomi.fi, dark on dark devices', 'kumppani') },
      { value: 'auto', label: __('Neutral, dark on dark devices', 'kumppani') },
      { value: 'dark', label: __('Neutral, dark', 'kumppani') },
    ],
    search: [
      { value: '', label: __('Automatic', 'kumppani') },
      { value: 'client', label: __('In the browser only', 'kumppani') },
      { value: 'server', label: __('On the feed’s server', 'kumppani') },
    ],
  };

  function control(name, attributes, setAttributes) {
    const common = {
      key: name,
      label: labels[name] || name,
      value: attributes[name] || '',
      onChange: (value) => setAttributes({ [name]: value }),
    };
    if (choices[name]) return el(SelectControl, Object.assign({ options: choices[name] }, common));
    return el(TextControl, Object.assign({ type: name === 'feed' ? 'url' : 'text' }, common));
  }

  for (const [type, element] of Object.entries(elements)) {
    const attributes = {};
    for (const name of element.attributes) attributes[name] = { type: 'string', default: '' };
    wp.blocks.registerBlockType('kumppani/' + type, {
      apiVersion: 2,
      title: element.title,
      icon: element.icon,
      category: 'widgets',
      attributes,
      edit(props) {
        return el(
          'div',
          useBlockProps(),
          el(
            InspectorControls,
            null,
            el(
              PanelBody,
              { title: __('Settings', 'kumppani') },
              element.attributes.map((name) => control(name, props.attributes, props.setAttributes)),
            ),
          ),
          props.attributes.feed
            ? el(ServerSideRender, { block: 'kumppani/' + type, attributes: props.attributes })
            : el('p', null, __('Set the feed address in the block’s settings.', 'kumppani')),
        );
      },
      // Rendered on the server, so a changed widget never leaves stale markup in posts.
      save: () => null,
    });
  }
})(window.wp, window.kumppaniElements);
