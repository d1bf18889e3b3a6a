/**
 * Real-world phrasings, by kind: shell idioms, developer tools, bug reports written as issues,
 * office operations that never name the app, web and admin chores, questions, and technical
 * words that only name the subject of office work. Each is routed as the guide would.
 */
import { describe, expect, it } from 'vitest';
import { decideText } from './helpers.js';

describe('code or infrastructure, however it is phrased', () => {
  it.each([
    ['List the ten biggest files under /var and show their sizes.'],
    ['Show which process is listening on port 8080.'],
    ['Find all lines containing TODO in the project and count them.'],
    ['Kill whatever is hogging the CPU on this box.'],
    ['Change the owner of the uploads directory to www-data.'],
    ['Add /opt/tools/bin to my PATH permanently.'],
    ['Set the default Python to 3.11 on this machine.'],
    ['Create a new user called deploy with sudo rights.'],
    ['Compress the logs folder into a tarball and copy it to the backup server over scp.'],
    ['Check how much disk space is left on the root partition.'],
    ['Turn on format-on-save in my editor and set the tab size to 2.'],
    ['Undo my last commit but keep the changes.'],
    ['Rebase my feature branch onto main and resolve the conflicts.'],
    ['Upgrade all outdated pip packages in the virtual environment.'],
    ['Build the container image and run it with port 3000 exposed.'],
    ['Install the Python extension in VS Code and select the project interpreter.'],
    ['TypeError: cannot read properties of undefined (reading \'map\') when rendering the UserList component after the API returns an empty payload.'],
    ['`parse_config()` crashes when the YAML file has a trailing comment. Steps to reproduce: create config.yml with `# end` on the last line and run `app --check`.'],
    ['Calling `df.groupby(level=0).agg(sum)` raises a KeyError in version 2.1 but worked in 2.0.'],
    ['The getUserById endpoint returns 404 for users created through the admin panel.'],
    ['Memory usage grows without bound when streaming large responses; see src/http/stream.rs line 88.'],
    ['Add type hints to utils/date_helpers.py and make mypy pass.'],
    ['How do I reverse a linked list in Python?'],
    ['What does the -r flag do in rm?'],
    ['Explain the difference between a process and a thread.'],
    ['Write a SQL query that returns the top five customers by revenue.'],
    ['Implement a function that checks whether a string is a palindrome.'],
    ['Solve this: given an array of integers, return the indices of the two numbers that add up to a target.'],
    ['Fix the login bug reported by the customer and deploy the patch.'],
    ['Our Python service leaks memory under load; profile it and fix the leak.'],
    ['Ask the backend team to review the API changes in the pull request.'],
    ['Write unit tests for the invoice generator module.'],
    ['Set up nightly backups of the Postgres database to S3.'],
  ])('%s', (text) => {
    expect(decideText(text).surface).toBe('code');
  });
});

describe('knowledge work, even with technical words around it', () => {
  it.each([
    ['Highlight sales above the average in red.'],
    ['Make the header row stay visible while scrolling.'],
    ['Italicise the title and center it on the page.'],
    ['Add speaker notes to the third slide.'],
    ['Sum column D and put the total at the bottom.'],
    ['Change the line spacing of the whole document to 1.5.'],
    ['Insert a table of contents after the cover page.'],
    ['Sort the rows by date, newest first, and remove duplicates.'],
    ['Convert this presentation to PDF and email it to Dana.'],
    ['Fill the empty cells in the Region column with "Unknown".'],
    ['Book the cheapest flight from Boston to Denver next Friday.'],
    ['Find a vegetarian restaurant near the office with good reviews and reserve a table for four.'],
    ['Unsubscribe me from all the marketing newsletters in my inbox.'],
    ['Order more printer paper from our usual supplier.'],
    ['Renew my parking permit on the city website.'],
    ['Clear my browser cookies and set the homepage to the company intranet.'],
    ['Add the dentist appointment to my calendar for Tuesday at 3pm.'],
    ['What is the population of Norway?'],
    ['Who won the 2018 World Cup?'],
    ['How many vacation days do I have left this year?'],
    ['Translate this paragraph into French.'],
    ['Summarize the attached research paper in five bullet points.'],
    ['Update the IT asset inventory spreadsheet with the new laptops.'],
    ["Email the engineering team the agenda for Friday's architecture review."],
    ['Create a slide explaining our cloud migration timeline for the board.'],
    ['Compare pricing of three project management tools in a table.'],
    ['Schedule a call with the vendor about the API contract renewal.'],
    ['Draft a job description for a senior backend engineer.'],
    ['Write a blog post about our move to Kubernetes for the company newsletter.'],
    ['Translate the user manual into Spanish.'],
    ['Organise the photos from the offsite into folders by day.'],
    ['Prepare a budget spreadsheet for the new data center project.'],
    ['Summarize the last 20 support tickets about login problems.'],
    ['Reply to the customer who reported a bug in the checkout page and apologize for the trouble.'],
    ['Book a room for the Python meetup next Thursday and send the invites.'],
    ['Find three candidates for the DevOps engineer role on LinkedIn and list them in a sheet.'],
    ['Make a one-page FAQ about how to reset your password for new hires.'],
  ])('%s', (text) => {
    expect(decideText(text).surface).toBe('cowork');
  });
});
