import { render } from 'preact';
import { PopupApp } from '../../ui/guidelines/popup-app';
import { applyPageTokens } from '../../ui/shared/tokens';
import '../../ui/shared/base.css';
import './popup.css';

applyPageTokens();
render(<PopupApp />, document.getElementById('app')!);
