import { Button, Group as Row } from '@mantine/core';
import type { ReactNode } from 'react';
import { BackArrow } from './BackArrow';
import classes from './printSheet.module.css';

/** An A4 page of its own: a toolbar on screen (hidden in print), and the sheet that prints. */
export function PrintSheet(props: {
  backLabel: string;
  onBack: () => void;
  action: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div className={classes.page}>
      <Row className={classes.toolbar} justify="space-between" maw="180mm" mx="auto" mb="md">
        <Button variant="default" leftSection={<BackArrow />} onClick={props.onBack}>
          {props.backLabel}
        </Button>
        {props.action}
      </Row>
      <main className={classes.card} data-testid={props.testId}>
        {props.children}
      </main>
    </div>
  );
}

export { classes as printClasses };
