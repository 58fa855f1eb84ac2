import { render } from 'preact';
import { PopupApp } from '../../ui/guidelines/popup-app';
import '../../ui/shared/base.css';
import './popup.css';

render(<PopupApp />, document.getElementById('app')!);
