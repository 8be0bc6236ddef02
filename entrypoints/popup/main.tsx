import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../src/ui/popup/Popup';
import { browserPorts } from '../../src/ui/popup/ports';
import '../../src/ui/popup/popup.css';

const ports = browserPorts(new URLSearchParams(location.search).get('tab'));
render(<Popup ports={ports} openOptions={() => void browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
