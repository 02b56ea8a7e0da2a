import { render } from 'preact';
import { App } from './app.js';
import { installShortcuts } from './lib/keys.js';
import './styles.css';

installShortcuts();
render(<App />, document.getElementById('app') as HTMLElement);
